const AUTH_ERRORS = new Set(["AuthenticationError", "JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/** True when an error means the request's token was missing, invalid or expired. */
export function isAuthenticationFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: number }).statusCode;
  return AUTH_ERRORS.has(error.name) || AUTH_ERRORS.has(error.constructor.name) || status === 401;
}
