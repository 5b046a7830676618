import type { Request } from "restify";
import type { Member } from "../domain/member";
import type { Directory } from "../register/directory";
import { unauthenticated } from "./http-errors";
import type { TokenValidator } from "./token-validator";

/** Who is calling the API, and their memberships. */
export interface Caller {
  aadObjectId: string;
  tenantId?: string;
  name?: string;
  /** The sign-in name (UPN or e-mail) from the SSO token; none in dev mode. */
  email?: string;
  devMode: boolean;
  memberships: Member[];
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Identifies the caller from `Authorization: Bearer <Teams SSO token>`, or in local mode from
 * `X-Dev-User: <aadObjectId>` (never accepted when the server has a bot app id).
 */
export async function resolveCaller(
  req: Request,
  deps: { localMode: boolean; validateToken: TokenValidator; directory: Directory },
): Promise<Caller> {
  const authorization = header(req, "authorization");
  const devUser = header(req, "x-dev-user");
  if (authorization?.startsWith("Bearer ")) {
    const identity = await deps.validateToken(authorization.slice("Bearer ".length).trim());
    return { ...identity, devMode: false, memberships: await deps.directory.membershipsOf(identity.aadObjectId, identity.tenantId) };
  }
  if (deps.localMode && devUser) {
    return { aadObjectId: devUser, devMode: true, memberships: await deps.directory.membershipsOf(devUser) };
  }
  throw unauthenticated("not_signed_in", "Du är inte inloggad. Öppna appen i Teams.", "You are not signed in. Open the app in Teams.");
}
