import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config";
import { AppError } from "../domain/errors";
import { unauthenticated } from "./http-errors";

/** The identity a valid Teams SSO token carries. */
export interface TokenIdentity {
  aadObjectId: string;
  tenantId: string;
  name?: string;
  /** The sign-in name: `preferred_username` in v2 tokens, `upn` in v1 (lower case). */
  email?: string;
}

/** Checks a bearer token and returns who it names. */
export type TokenValidator = (token: string) => Promise<TokenIdentity>;

const MICROSOFT_JWKS = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
const JWKS_TIMEOUT_MS = 5000;

const invalidToken = () => unauthenticated("invalid_token", "Inloggningen är ogiltig eller har gått ut. Ladda om fliken.", "The sign-in is invalid or has expired. Reload the tab.");

/** True when the token could not be checked because the signing keys could not be fetched. */
function keysUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  // jose reports a non-200 or unreadable key set with its generic code; fetch reports a refused connection as a TypeError.
  if (error instanceof errors.JOSEError) return error.code === "ERR_JOSE_GENERIC";
  return error instanceof TypeError && error.message === "fetch failed";
}

/**
 * The user's sign-in name from the token, used only to match an e-mail invitation. The optional `email` claim
 * is left out on purpose: Entra ID does not guarantee it is verified, while the sign-in name is the account's.
 */
function signInName(payload: JWTPayload): string | undefined {
  const value = [payload.preferred_username, payload.upn].find((v): v is string => typeof v === "string" && v.includes("@"));
  return value?.trim().toLowerCase();
}

/**
 * Validates Teams SSO tokens: signature against the JWKS, audience (the tab app's client id or
 * Application ID URI), issuer of the token's own tenant (v1 or v2 form), expiry (required), the delegated
 * scope `access_as_user` (app-only tokens have none), and `tid`
 * among the configured tenants when any are configured. A guest's token names the host tenant in `tid`
 * and the guest's object id there in `oid`, so guests are members like anyone else.
 */
export function createTokenValidator(tab: Config["tab"]): TokenValidator {
  const jwks = createRemoteJWKSet(new URL(tab.jwksUrl ?? MICROSOFT_JWKS), { cacheMaxAge: 10 * 60_000, timeoutDuration: JWKS_TIMEOUT_MS });
  const audience = [tab.appId, tab.appIdUri].filter((a): a is string => Boolean(a));
  return async (token) => {
    if (audience.length === 0) {
      throw unauthenticated("sso_not_configured", "Inloggning är inte konfigurerad på servern (TAB_APP_ID saknas).", "Sign-in is not configured on the server (TAB_APP_ID is missing).");
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { audience, algorithms: ["RS256"], clockTolerance: 60, requiredClaims: ["exp", "iss", "tid", "oid"] }));
    } catch (error) {
      if (keysUnreachable(error)) {
        throw new AppError("unavailable", "sign_in_unavailable", {
          sv: "Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.",
          en: "The sign-in cannot be checked right now. Please try again in a moment.",
        });
      }
      throw invalidToken();
    }
    const tid = typeof payload.tid === "string" ? payload.tid : "";
    const oid = typeof payload.oid === "string" ? payload.oid : "";
    const issuers = [tab.issuerTemplate.replace("{tenantid}", tid), `https://sts.windows.net/${tid}/`];
    if (!tid || !oid || !issuers.includes(String(payload.iss))) throw invalidToken();
    // A delegated token for the signed-in user carries the tab's scope; an app-only token has roles instead.
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes("access_as_user")) throw invalidToken();
    if (tab.tenantIds.length > 0 && !tab.tenantIds.includes(tid)) {
      throw unauthenticated("tenant_not_allowed", "Din organisations inloggning är inte godkänd för den här appen.", "Your organisation's sign-in is not accepted by this app.");
    }
    return { aadObjectId: oid, tenantId: tid, name: typeof payload.name === "string" ? payload.name : undefined, email: signInName(payload) };
  };
}
