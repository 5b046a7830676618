import type { Clock } from "../domain/clock";
import type { Member } from "../domain/member";
import type { Logger } from "../logger";
import { mapLimit } from "../shared/map-limit";
import type { ConversationRecord } from "../storage/records/conversation";
import type { Stores } from "../storage/repository";
import type { GraphClient } from "./graph-client";
import { GraphError, graphFailureOf } from "./graph-errors";
import type { GraphSendReport } from "./graph-report";

// Teams' own service URL for bots when no conversation of the tenant tells a closer one.
const DEFAULT_SERVICE_URL = "https://smba.trafficmanager.net/teams/";
const PARALLEL = 4;

/**
 * Installs the Teams app where it must be before cards can arrive: for members who have no 1:1 chat with the
 * bot (proactive installation for users in the tenant; the 1:1 chat's id is then stored as the member's
 * conversation), and in the meeting chat together with the meeting tab.
 */
export class AppInstaller {
  constructor(
    private readonly deps: { stores: Stores; client: GraphClient; teamsAppId?: string; botId?: string; publicUrl: string; logger: Logger; clock: Clock; defaultServiceUrl?: string },
  ) {}

  /** Installs the app for the members the bot cannot reach yet; reports each. Never throws. */
  async installForMembers(members: readonly Member[], tenantId: string): Promise<GraphSendReport["installation"]> {
    const appId = this.deps.teamsAppId;
    if (!appId) return [];
    const missing: Member[] = [];
    for (const member of members) {
      if (!(await this.deps.stores.conversations.get("user", member.aadObjectId))) missing.push(member);
    }
    if (missing.length === 0) return [];
    const serviceUrl = await this.serviceUrl(tenantId);
    return mapLimit(missing, PARALLEL, (member) => this.installFor(member, appId, tenantId, serviceUrl));
  }

  /** Installs the app in the meeting chat and adds the meeting tab there; never throws. */
  async prepareMeetingChat(chatId: string | undefined, meetingId: string): Promise<GraphSendReport["meetingChat"] & { appInstalled?: boolean; tabAdded?: boolean }> {
    const appId = this.deps.teamsAppId;
    if (!appId) return { status: "off" };
    if (!chatId) return { status: "no-chat" };
    const chat = `/chats/${encodeURIComponent(chatId)}`;
    try {
      await this.deps.client.request("POST", `${chat}/installedApps`, { body: { "teamsApp@odata.bind": this.appBind(appId) }, accept: [409] });
      const tabUrl = `${this.deps.publicUrl}/tab/#/meeting-context`;
      await this.deps.client.request("POST", `${chat}/tabs`, {
        body: {
          displayName: "Nätverksmöte",
          "teamsApp@odata.bind": this.appBind(appId),
          configuration: { entityId: meetingId, contentUrl: tabUrl, websiteUrl: `${this.deps.publicUrl}/tab/`, removeUrl: null },
        },
      });
      this.deps.logger.info({ meetingId, chatId }, "app and meeting tab added to the meeting chat");
      return { status: "ready", appInstalled: true, tabAdded: true };
    } catch (error) {
      const failure = graphFailureOf(error, this.deps.clock.now());
      this.deps.logger.error({ meetingId, chatId, graph: failure }, "app not added to the meeting chat");
      return { status: "failed", reason: failure.kind, detail: failure.detail };
    }
  }

  private async installFor(member: Member, appId: string, tenantId: string, serviceUrl: string): Promise<GraphSendReport["installation"][number]> {
    const user = `/users/${encodeURIComponent(member.aadObjectId)}/teamwork/installedApps`;
    try {
      const installed = await this.deps.client.request("POST", user, { body: { "teamsApp@odata.bind": this.appBind(appId) }, accept: [409] });
      const found = await this.deps.client.get<{ value?: { id: string }[] }>(`${user}?$expand=teamsApp&$filter=${encodeURIComponent(`teamsApp/id eq '${appId.replace(/'/g, "''")}'`)}`);
      const installation = found.value?.[0]?.id;
      if (!installation) throw new GraphError("not-found", "the installation was not found after installing");
      const chat = await this.deps.client.get<{ id?: string }>(`${user}/${encodeURIComponent(installation)}/chat`);
      if (!chat.id) throw new GraphError("not-found", "the 1:1 chat of the installation has no id");
      await this.remember(member, chat.id, tenantId, serviceUrl);
      this.deps.logger.info({ memberId: member.aadObjectId, alreadyInstalled: installed.status === 409 }, "app installed for member");
      return { memberId: member.aadObjectId, status: installed.status === 409 ? "already-installed" : "installed" };
    } catch (error) {
      const failure = graphFailureOf(error, this.deps.clock.now());
      this.deps.logger.warn({ memberId: member.aadObjectId, graph: failure }, "app not installed for member");
      return { memberId: member.aadObjectId, status: "failed", reason: failure.kind, detail: failure.detail };
    }
  }

  // Teams also tells the bot of the installation (conversationUpdate), which rewrites this row with Teams' own reference.
  private async remember(member: Member, chatId: string, tenantId: string, serviceUrl: string): Promise<void> {
    if (await this.deps.stores.conversations.get("user", member.aadObjectId)) return;
    const record: ConversationRecord = {
      scope: "user",
      key: member.aadObjectId,
      conversationId: chatId,
      serviceUrl,
      tenantId,
      reference: {
        channelId: "msteams",
        serviceUrl,
        conversation: { id: chatId, conversationType: "personal", tenantId },
        user: { id: member.aadObjectId, aadObjectId: member.aadObjectId, name: member.displayName },
        ...(this.deps.botId ? { bot: { id: `28:${this.deps.botId}` } } : {}),
      },
      updatedAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.stores.conversations.upsert(record);
  }

  private appBind(appId: string): string {
    return `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${encodeURIComponent(appId)}`;
  }

  // The service URL of a conversation already known in the tenant (Teams gives each region its own).
  private async serviceUrl(tenantId: string): Promise<string> {
    for await (const row of this.deps.stores.conversations.scan()) {
      if (row.value.scope === "user" && (!row.value.tenantId || row.value.tenantId === tenantId)) return row.value.serviceUrl;
    }
    return this.deps.defaultServiceUrl ?? DEFAULT_SERVICE_URL;
  }
}
