import type { Response } from "restify";
import { apiTexts } from "./texts";
import { AppError, isAppError, type ErrorKind } from "../domain/errors";
import type { Language } from "../domain/network";

const statusByKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  unavailable: 503,
};

/** The HTTP status for an error kind. */
export function statusOf(kind: ErrorKind): number {
  return statusByKind[kind];
}

/** The JSON error body of DESIGN §9: `{"error": {"code", "message", …details}}`. */
export function errorBody(error: AppError, language: Language): Record<string, unknown> {
  return { error: { code: error.code, message: error.text[language], ...error.details } };
}

/** Seconds a client is asked to wait before trying again after a 503. */
const RETRY_AFTER_SECONDS = 10;

/** Sends an error as JSON; unknown errors become a 500 without internals; a 503 says when to retry. */
export function sendError(res: Response, error: unknown, language: Language): void {
  if (isAppError(error)) {
    if (error.kind === "unavailable") res.header("Retry-After", String(RETRY_AFTER_SECONDS));
    res.send(statusOf(error.kind), errorBody(error, language));
    return;
  }
  res.send(500, {
    error: {
      code: "internal_error",
      message: apiTexts[language].serverError,
    },
  });
}

/** Creates a 401 error. */
export function unauthenticated(code: string, sv: string, en: string): AppError {
  return new AppError("unauthenticated", code, { sv, en });
}
