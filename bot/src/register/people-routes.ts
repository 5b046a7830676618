import type { Server } from "restify";
import type { DirectoryPeoplePayload } from "../api/contract";
import type { AppServices } from "../app-services";
import { invalid } from "../domain/errors";
import type { ApiContext } from "../api/api-context";
import { chooseMembership, requestedNetworkId } from "../api/network-scope";
import { route } from "../api/route";

/** Registers `GET /api/v1/directory/people?q=`: the coordinator's search of the directory (Microsoft Graph, on behalf of them). */
export function registerPeopleRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  server.get("/api/v1/directory/people", route(ctx.logger, async (req) => {
    const caller = await ctx.caller(req);
    const member = chooseMembership(caller.memberships, requestedNetworkId(req));
    const authorization = String(req.headers.authorization ?? "");
    if (caller.devMode || !caller.tenantId || !authorization.startsWith("Bearer ")) {
      throw invalid("directory_needs_sign_in", "Sökning i katalogen kräver inloggning i Teams.", "Searching the directory needs signing in through Teams.");
    }
    const q = typeof req.query?.q === "string" ? req.query.q : "";
    const people = await app.peopleSearch.search(member, { token: authorization.slice("Bearer ".length).trim(), tenantId: caller.tenantId }, q);
    return { status: 200, body: { people } satisfies DirectoryPeoplePayload };
  }));
}
