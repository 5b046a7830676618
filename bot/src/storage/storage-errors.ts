import { AppError } from "../domain/errors";

// Table names and row keys stay on the error for the log; only `details` reach the client.

/** Thrown when an eTag-checked write lost against another writer. */
export class ConcurrencyError extends AppError {
  constructor(readonly table: string, readonly key: string) {
    super(
      "conflict",
      "concurrent_update",
      { sv: "Någon annan ändrade samma sak samtidigt. Läs in igen och försök på nytt.", en: "Someone else changed this at the same time. Reload and try again." },
    );
    this.name = "ConcurrencyError";
  }
}

/** Thrown when a create finds the key already taken. */
export class AlreadyExistsError extends AppError {
  constructor(readonly table: string, readonly key: string) {
    super("conflict", "already_exists", { sv: "Det finns redan.", en: "It already exists." });
    this.name = "AlreadyExistsError";
  }
}

/** Thrown when a value does not fit Table Storage's limits (64 KiB per string property, 1 MiB per entity). */
export class EntityTooLargeError extends AppError {
  constructor(readonly table: string, characters: number, limit: number) {
    super(
      "too-large",
      "too_large",
      {
        sv: `Texten är för stor att spara: ${characters} tecken, högst ${limit} tecken får plats.`,
        en: `The text is too large to store: ${characters} characters, at most ${limit} fit.`,
      },
      { characters, limit },
    );
    this.name = "EntityTooLargeError";
  }
}

/** Thrown when the store cannot be reached or does not answer in time; the reason is for the log only. */
export class StorageUnavailableError extends AppError {
  readonly reason: string;

  constructor(reason: string) {
    super("unavailable", "storage_unavailable", {
      sv: "Lagringen svarar inte just nu. Försök igen om en stund.",
      en: "Storage is not answering right now. Please try again in a moment.",
    });
    this.name = "StorageUnavailableError";
    this.reason = reason;
  }
}

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "REQUEST_SEND_ERROR"]);

/** The error as StorageUnavailableError when it says the store is down, hanging or failing (5xx); otherwise unchanged. */
export function unavailableOr(error: unknown): unknown {
  if (error instanceof AppError || typeof error !== "object" || error === null) return error;
  const { name, code, statusCode, message } = error as { name?: string; code?: string; statusCode?: number; message?: string };
  const down = name === "AbortError" || (code !== undefined && UNREACHABLE_CODES.has(code)) || (statusCode !== undefined && statusCode >= 500);
  return down ? new StorageUnavailableError(`${code ?? name ?? "error"}${statusCode ? ` ${statusCode}` : ""}: ${message ?? ""}`) : error;
}

/** The HTTP status the store answered a failed request with, if it answered. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "statusCode" in error ? Number((error as { statusCode: unknown }).statusCode) : undefined;
}

/** Whether a failed write may still have changed the store: the store did not answer it with a refusal (4xx). */
export function mayHaveWritten(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || Number.isNaN(status) || status >= 500;
}
