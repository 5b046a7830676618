import type { Server } from "restify";
import type { AppServices } from "../app-services";
import type { ApiContext } from "../api/api-context";
import type { MemberRow as MemberRowPayload, MembersPayload } from "../api/contract";
import { ifMatch } from "../api/if-match";
import { route } from "../api/route";
import { parseBody } from "../api/validate";
import { may } from "../domain/roles";
import { memberInput } from "./input-schemas";
import { reachOf, type MemberRow } from "./member-reach";

/** Registers `/api/v1/members`: list (the coordinator also sees inactive members, eTags and reach), add, change. */
export function registerMemberRoutes(server: Server, ctx: ApiContext, app: AppServices): void {
  const { logger, stores } = ctx;
  const { register } = app;

  server.get("/api/v1/members", route(logger, async (req) => {
    const member = await ctx.callerMember(req);
    const rows = await stores.members.list(member.networkId);
    if (!may(member, "manage-network")) {
      const visible = rows.map((r) => r.value).filter((m) => m.active).map((m) => ({ aadObjectId: m.aadObjectId, displayName: m.displayName, organisationId: m.organisationId, role: m.role }));
      return { status: 200, body: { members: visible } satisfies MembersPayload };
    }
    const reach = await reachOf(stores, rows.map((r) => r.value));
    const members: MemberRow[] = rows.map((r) => ({ ...r.value, etag: r.etag, reach: reach.get(r.value.aadObjectId)! }));
    return { status: 200, body: { members } satisfies MembersPayload };
  }));

  server.post("/api/v1/members", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    return { status: 201, body: await register.addMember(caller, () => parseBody(memberInput, req.body)) };
  }));

  server.put("/api/v1/members/:aadObjectId", route(logger, async (req) => {
    const caller = await ctx.callerMember(req);
    const saved = await register.updateMember(caller, req.params.aadObjectId, () => parseBody(memberInput.omit({ aadObjectId: true }), req.body), ifMatch(req));
    return { status: 200, body: { ...saved.value, etag: saved.etag } satisfies Omit<MemberRowPayload, "reach">, headers: { ETag: saved.etag } };
  }));
}
