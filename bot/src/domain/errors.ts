/** What kind of failure an error is; the HTTP layer maps each kind to a status code. */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "too-large"
  | "unavailable";

/** A message in both of the app's languages. */
export interface LocalisedText {
  sv: string;
  en: string;
}

/**
 * An error a user can understand: a stable code, a kind, and a message in Swedish and English.
 * @example throw new AppError("forbidden", "not_a_member", { sv: "Du är inte med i nätverket.", en: "You are not a member of the network." })
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly text: LocalisedText;
  readonly details?: Record<string, unknown>;

  constructor(kind: ErrorKind, code: string, text: LocalisedText, details?: Record<string, unknown>) {
    super(text.en);
    this.name = "AppError";
    this.kind = kind;
    this.code = code;
    this.text = text;
    this.details = details;
  }
}

/** Creates an "invalid input" error. */
export function invalid(code: string, sv: string, en: string, details?: Record<string, unknown>): AppError {
  return new AppError("invalid", code, { sv, en }, details);
}

/** Creates a "you may not do this" error. */
export function forbidden(code: string, sv: string, en: string): AppError {
  return new AppError("forbidden", code, { sv, en });
}

/** Creates a "no such thing" error. */
export function notFound(code: string, sv: string, en: string): AppError {
  return new AppError("not-found", code, { sv, en });
}

/** Creates a "the state does not allow this" error. */
export function conflict(code: string, sv: string, en: string, details?: Record<string, unknown>): AppError {
  return new AppError("conflict", code, { sv, en }, details);
}

/** True when the value is an AppError. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
