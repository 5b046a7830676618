import type { Server } from "restify";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import type { NetworkPayload } from "../api/contract";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import { networkInput } from "./input-schemas";

/** Registers `/api/v1/network`: the caller's network with its settings (any member reads; the coordinator writes). */
export function registerNetworkSettingsRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger } = ctx;
  const { networkSettings: network } = app;

  server.get("/api/v1/network", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const view = await network.view(member.networkId);
    return { status: 200, body: view satisfies NetworkPayload, headers: { ETag: view.etag } };
  }));

  server.put("/api/v1/network", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const view = await network.update(caller, () => parseBody(networkInput, req.body), ifMatch(req));
    return { status: 200, body: view satisfies NetworkPayload, headers: { ETag: view.etag } };
  }));
}
