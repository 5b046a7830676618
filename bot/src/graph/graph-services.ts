import { CalendarAnswers } from "../calendar/calendar-answers";
import { CalendarEvents } from "../calendar/calendar-events";
import { CalendarSync } from "../calendar/calendar-sync";
import type { Config } from "../config";
import type { Clock } from "../domain/clock";
import type { Meeting } from "../domain/meeting";
import { activeMembers } from "../domain/member";
import type { Logger } from "../logger";
import type { Stores } from "../storage/repository";
import { AppInstaller } from "./app-installer";
import { GraphClient } from "./graph-client";
import type { GraphSendReport } from "./graph-report";
import type { GraphAppSettings } from "./graph-settings";
import type { GraphStub } from "./stub/graph-stub";
import { azureTokenSource, type TokenSource } from "./token-source";

/** Everything the app does through Microsoft Graph with its own identity. */
export interface GraphServices {
  settings: GraphAppSettings;
  client: GraphClient;
  events: CalendarEvents;
  answers: CalendarAnswers;
  sync: CalendarSync;
  installer: AppInstaller;
  /** The local demo's Graph stub, when the demo runs. */
  demoStub?: GraphStub;
  /** Before invitation cards go out: the calendar event, the app for members who lack it, the meeting chat. */
  beforeInvitations(meeting: Meeting): Promise<GraphSendReport>;
}

/** Builds the Graph services when Graph is configured; undefined otherwise (the app then works with cards only). */
export function createGraphServices(deps: { config: Config; stores: Stores; logger: Logger; clock: Clock; tokens?: TokenSource; sleep?: (ms: number) => Promise<void>; demoStub?: GraphStub }): GraphServices | undefined {
  const settings = deps.config.graphApp;
  if (!settings) return undefined;
  const { stores, clock } = deps;
  const logger = deps.logger.child({ component: "graph" });
  const client = new GraphClient({ baseUrl: settings.baseUrl, tokens: deps.tokens ?? azureTokenSource(settings), timeoutMs: settings.timeoutMs, logger, sleep: deps.sleep, nowMs: () => clock.now().getTime() });
  const events = new CalendarEvents({ stores, client, organizer: settings.organizer, publicUrl: deps.config.publicUrl, logger, clock });
  const answers = new CalendarAnswers({ stores, logger, clock });
  const sync = new CalendarSync({ stores, client, organizer: settings.organizer, answers, notificationUrl: settings.notificationUrl, logger, clock });
  const installer = new AppInstaller({ stores, client, teamsAppId: settings.teamsAppId, botId: deps.config.bot.appId, publicUrl: deps.config.publicUrl, logger, clock,
    // The local demo's members are reached in the local chat page.
    ...(settings.demo ? { defaultServiceUrl: `${deps.config.publicUrl}/dev/chat/connector/` } : {}),
  });

  const beforeInvitations = async (meeting: Meeting): Promise<GraphSendReport> => {
    const calendar = await events.sync(meeting);
    const [members, network] = await Promise.all([stores.members.list(meeting.networkId), stores.networks.get("network", meeting.networkId)]);
    const installation = await installer.installForMembers(activeMembers(members.map((m) => m.value)), network?.value.tenantId ?? settings.tenantId);
    const record = await events.recordOf(meeting.id);
    const meetingChat = record?.chat?.tabAdded ? { status: "ready" as const } : await prepareChat(meeting, record?.chatId);
    return { calendar, installation, meetingChat };
  };

  const prepareChat = async (meeting: Meeting, chatId: string | undefined): Promise<GraphSendReport["meetingChat"]> => {
    const { appInstalled, tabAdded, ...outcome } = await installer.prepareMeetingChat(chatId, meeting.id);
    if (tabAdded) {
      const row = await stores.calendarEvents.get(meeting.id, "state");
      if (row) await stores.calendarEvents.replace({ ...row.value, chat: { appInstalled: Boolean(appInstalled), tabAdded } }, row.etag).catch(() => undefined);
    }
    return outcome;
  };

  return { settings, client, events, answers, sync, installer, beforeInvitations, ...(deps.demoStub ? { demoStub: deps.demoStub } : {}) };
}
