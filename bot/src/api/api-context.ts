import type { Request } from "restify";
import type { Member } from "../domain/member";
import type { Logger } from "../logger";
import type { Directory } from "../register/directory";
import type { Stores } from "../storage/repository";
import { resolveCaller, type Caller } from "./caller";
import { chooseMembership, requestedNetworkId } from "./network-scope";
import type { TokenValidator } from "./token-validator";

/** What the API routes share: stores, directory, logger and caller resolution. */
export interface ApiContext {
  stores: Stores;
  directory: Directory;
  logger: Logger;
  localMode: boolean;
  publicUrl: string;
  /** The caller, whether or not they are a member. */
  caller(req: Request): Promise<Caller>;
  /** The caller's active membership in the network the request names (`?networkId=`), or the polite refusal. */
  callerMember(req: Request): Promise<Member>;
}

/** Builds the API context. */
export function createApiContext(deps: {
  stores: Stores;
  directory: Directory;
  logger: Logger;
  localMode: boolean;
  publicUrl: string;
  validateToken: TokenValidator;
}): ApiContext {
  const caller = (req: Request) => resolveCaller(req, deps);
  return {
    ...deps,
    caller,
    callerMember: async (req) => {
      const { memberships } = await caller(req);
      return chooseMembership(memberships, requestedNetworkId(req));
    },
  };
}
