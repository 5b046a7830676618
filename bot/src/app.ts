import { join } from "node:path";
import type { Server } from "restify";
import { createApiContext } from "./api/api-context";
import { staticFiles } from "./api/static-files";
import { TableAuditLog } from "./audit/audit-log";
import { registerAuditRoutes } from "./audit/routes";
import { createTokenValidator, type TokenValidator } from "./api/token-validator";
import type { AppServices, Scheduler } from "./app-services";
import type { Config } from "./config";
import { registerDevChat } from "./dev-chat/routes";
import { systemClock, type Clock } from "./domain/clock";
import { createInvitationServices } from "./invitations/invitation-services";
import { createGraphServices, type GraphServices } from "./graph/graph-services";
import { graphHooks } from "./graph/graph-hooks";
import { registerGraphRoutes } from "./calendar/routes";
import type { TokenSource } from "./graph/token-source";
import type { GraphStub } from "./graph/stub/graph-stub";
import { registerGraphDemoRoutes } from "./calendar/demo-routes";
import { addNewAttendees } from "./calendar/new-attendees";
import { registerInvitationRoutes } from "./invitations/routes";
import type { Logger } from "./logger";
import { registerMeetingContextRoutes } from "./meeting-link/routes";
import { Meetings } from "./meetings/meetings";
import { registerMeetingPageRoute } from "./meetings/page-route";
import { registerMeetingRoutes } from "./meetings/read-routes";
import { registerMeetingWriteRoutes } from "./meetings/write-routes";
import { registerMinutesExportRoutes } from "./minutes/export-routes";
import { createMinutesServices } from "./minutes/minutes-services";
import { registerMinutesRoutes } from "./minutes/routes";
import { Outbox } from "./outbox/outbox";
import { OutboxWorker } from "./outbox/outbox-worker";
import { projectRoot } from "./paths";
import { MemberPrivacy } from "./privacy/member-privacy";
import { registerPrivacyRoutes } from "./privacy/routes";
import { Directory } from "./register/directory";
import { createJoinNotices } from "./register/join-notices";
import { JoinRequests } from "./register/join-requests";
import { registerJoinRoutes } from "./register/join-routes";
import { PendingMembers } from "./register/pending-members";
import { registerPendingMemberRoutes } from "./register/pending-member-routes";
import { ChatLinkService } from "./meeting-link/chat-link-service";
import { NetworkAdmin } from "./register/network-admin";
import { PeopleSearch } from "./register/people-search";
import { registerPeopleRoutes } from "./register/people-routes";
import { registerNetworkRoutes } from "./register/network-routes";
import { NetworkSettingsService, networkDefaultsOf } from "./register/network-settings-service";
import { RegisterService } from "./register/register-service";
import { registerDirectoryRoutes } from "./register/routes";
import { createRollCallServices } from "./roll-call/roll-call-services";
import { registerAttendanceRoutes } from "./roll-call/routes";
import { RetentionJob } from "./retention/retention-job";
import { RoundTableCollector } from "./round-table/collection-scheduler";
import { RoundTableService } from "./round-table/round-table-service";
import { registerRoundTableRoutes } from "./round-table/routes";
import { registerSearchRoutes } from "./search/routes";
import { FocusService } from "./focus/focus-service";
import { registerFocusRoutes } from "./focus/routes";
import { DialogueService } from "./dialogues/dialogue-service";
import { registerDialogueRoutes } from "./dialogues/routes";
import { StatisticsService } from "./statistics/statistics-service";
import { registerStatisticsRoutes } from "./statistics/routes";
import { createPollServices } from "./polls/poll-services";
import { registerPollRoutes } from "./polls/routes";
import { AnswerByReminderScheduler } from "./polls/answer-by-scheduler";
import { DateFindingService } from "./date-finding/date-finding-service";
import { registerDateFindingRoutes } from "./date-finding/routes";
import { createServer, type HttpServer } from "./server";
import type { Stores } from "./storage/repository";
import type { Bot, BotFeature } from "./teams/bot-app";
import { lazyBot } from "./teams/lazy-bot";
import type { Notifier } from "./teams/notifier";
import type { MaterialFiles } from "./material/material-files";
import { MaterialService } from "./material/material-service";
import { registerMaterialRoutes } from "./material/routes";

/** What the app is built from; tests pass their own stores and clock, and may replace the token validator. */
export interface AppDeps {
  stores: Stores;
  logger: Logger;
  clock?: Clock;
  features?: readonly BotFeature[];
  validateToken?: TokenValidator;
  tabDir?: string;
  /** Where uploaded material files are kept; without it only links can be added. */
  files?: MaterialFiles;
  /** Microsoft Graph's token for the app (tests and the local demo give a fixed one; otherwise @azure/identity). */
  graphTokens?: TokenSource;
  /** How the Graph client waits before a retry (tests shorten Retry-After waits). */
  graphSleep?: (ms: number) => Promise<void>;
  /** The local demo's Graph stub (started by index.ts with GRAPH_DEMO). */
  graphDemoStub?: GraphStub;
}

/** The built app: its HTTP server, bot (loaded on first use), services and schedulers (started by `index.ts`, not here). */
export interface App extends HttpServer {
  bot: Bot;
  services: AppServices;
  schedulers: readonly Scheduler[];
}

function buildServices(config: Config, stores: Stores, logger: Logger, clock: Clock, notifier: Notifier, files: MaterialFiles | undefined, graph: GraphServices | undefined): AppServices {
  const directory = new Directory(stores);
  const meetings = new Meetings(stores, directory);
  // A claim outlasts the longest send (four timed-out requests and the SDK's short waits between them).
  const outbox = new Outbox(stores.outbox, notifier, logger.child({ component: "outbox" }), { maxAttempts: config.outbox.maxAttempts, claimMs: 5 * config.connectorTimeoutSeconds * 1000 });
  const audit = new TableAuditLog(stores, clock, logger.child({ component: "audit" }));
  const shared = { stores, directory, meetings, notifier, outbox, config, logger, clock, audit };
  const roundTable = new RoundTableService(stores, notifier, logger.child({ component: "round-table" }));
  const invitations = createInvitationServices({ ...shared, ...(graph ? { graph: graphHooks(graph) } : {}) });
  graph?.answers.listen((meeting, memberId) => {
    invitations.sender.refreshCard(meeting, memberId, clock.now()).catch((error: unknown) => logger.error({ err: error, meetingId: meeting.id, memberId }, "card not updated after a calendar answer"));
    invitations.answered(meeting, memberId);
  });
  const minutes = createMinutesServices(shared);
  // Members who become active are added to the calendar events of the network's upcoming meetings.
  const memberActivated = graph ? addNewAttendees({ stores, events: graph.events, logger: logger.child({ component: "graph" }), clock }) : undefined;
  return {
    graph,
    clock,
    audit,
    directory,
    register: new RegisterService(stores, audit, memberActivated),
    networkAdmin: new NetworkAdmin(stores, config.installationAdminIds),
    networkSettings: new NetworkSettingsService(stores, networkDefaultsOf(config), audit),
    chatLinks: new ChatLinkService(stores, meetings),
    peopleSearch: new PeopleSearch(config.graph),
    meetings,
    invitations,
    rollCall: createRollCallServices({ ...shared, roundTable }),
    roundTable,
    minutes,
    privacy: new MemberPrivacy(stores, audit, clock),
    outbox,
    joinRequests: new JoinRequests(stores, directory, clock, createJoinNotices(notifier, stores, logger.child({ component: "join-requests" })), logger.child({ component: "join-requests" }), audit, memberActivated),
    pendingMembers: new PendingMembers(stores, directory, clock, logger.child({ component: "pending-members" }), memberActivated),
    polls: createPollServices({ stores, directory, meetings, outbox, notifier, minutes: minutes.minutes, logger }),
    dateFinding: new DateFindingService({ stores, directory, editor: invitations.editor, outbox, logger: logger.child({ component: "date-finding" }) }),
    material: new MaterialService(stores, meetings, config.material.uploads ? files : undefined, clock, audit, config.material.maxBytes),
    focus: new FocusService({ stores, meetings, editor: invitations.editor, outbox, clock, logger: logger.child({ component: "focus" }) }),
    dialogues: new DialogueService({ stores, meetings, minutes: minutes.minutes, outbox, clock, logger: logger.child({ component: "dialogues" }) }),
    statistics: new StatisticsService(stores, meetings),
  };
}

function buildSchedulers(config: Config, stores: Stores, logger: Logger, services: AppServices): Scheduler[] {
  const collector = new RoundTableCollector(stores, services.outbox, services.roundTable, logger.child({ component: "round-table-collection" }), config.roundTable, services.clock);
  let stopCollector: (() => void) | undefined;
  const retention = new RetentionJob(stores, services.clock, config.retention, logger.child({ component: "retention" }));
  let stopRetention: (() => void) | undefined;
  const outbox = new OutboxWorker(services.outbox, services.clock, logger.child({ component: "outbox" }));
  const answerBy = new AnswerByReminderScheduler({
    stores, polls: services.polls.polls, pollService: services.polls.service, dateFinding: services.dateFinding,
    logger: logger.child({ component: "answer-by-reminders" }), clock: services.clock, daysBefore: config.reminders.daysBefore,
  });
  return [
    { name: "outbox", start: () => outbox.start(config.outbox.checkSeconds), stop: () => outbox.stop() },
    { name: "invitation-reminders", start: () => services.invitations.scheduler.start(config.reminders.checkMinutes), stop: () => services.invitations.scheduler.stop() },
    { name: "answer-by-reminders", start: () => answerBy.start(config.reminders.checkMinutes), stop: () => answerBy.stop() },
    { name: "round-table-collection", start: () => (stopCollector = collector.start(config.roundTable.checkMinutes)), stop: () => stopCollector?.() },
    { name: "retention", start: () => (stopRetention = retention.start(config.retention.checkMinutes)), stop: () => stopRetention?.() },
    ...(services.graph ? [{ name: "graph-calendar-sync", start: () => services.graph!.sync.start(config.graphApp!.pollMinutes), stop: () => services.graph!.sync.stop() }] : []),
  ];
}

function staticTab(tabDir: string) {
  return (server: Server) => {
    server.get("/", (_req, res, next) => res.redirect(302, "/tab/", next));
    server.get("/tab", (_req, res, next) => res.redirect(302, "/tab/", next));
    server.get("/tab/*", staticFiles(tabDir));
  };
}

/**
 * The composition root: builds every service, card updater and scheduler exactly once, registers the bot's
 * features and the API's routes with them, and returns the app ready to listen.
 * @example const app = createApp(loadConfig(), { stores, logger, clock: systemClock }); await app.listen(3978);
 */
export function createApp(config: Config, deps: AppDeps): App {
  const { stores, logger } = deps;
  const clock = deps.clock ?? systemClock;
  // The bot layer loads on the first bot request or proactive send; the services get its notifier now.
  const bot = lazyBot({ config, stores, logger, clock }, () => ({ stores, config, logger, services, clock }), deps.features);
  const graph = createGraphServices({ config, stores, logger, clock, tokens: deps.graphTokens, sleep: deps.graphSleep, demoStub: deps.graphDemoStub });
  const services = buildServices(config, stores, logger, clock, bot.notifier, deps.files, graph);

  const api = createApiContext({
    stores,
    directory: services.directory,
    logger,
    localMode: config.localMode,
    publicUrl: config.publicUrl,
    validateToken: deps.validateToken ?? createTokenValidator(config.tab),
  });
  const routes = [
    registerDirectoryRoutes, registerNetworkRoutes, registerPeopleRoutes, registerMeetingRoutes, registerMeetingWriteRoutes, registerInvitationRoutes, registerAttendanceRoutes,
    registerRoundTableRoutes, registerMinutesRoutes, registerMinutesExportRoutes, registerSearchRoutes, registerMeetingContextRoutes,
    registerAuditRoutes, registerPrivacyRoutes, registerJoinRoutes, registerPendingMemberRoutes, registerMaterialRoutes, registerMeetingPageRoute,
    registerFocusRoutes, registerDialogueRoutes, registerStatisticsRoutes, registerPollRoutes, registerDateFindingRoutes, registerGraphRoutes, registerGraphDemoRoutes,
  ].map((register) => (server: Server) => register(server, api, services));
  const http = createServer(config, {
    stores,
    logger,
    bot: bot.get,
    clock,
    routes: [...routes, (server) => registerDevChat(server, config), staticTab(deps.tabDir ?? join(projectRoot(), "dist", "tab"))],
  });
  const schedulers = buildSchedulers(config, stores, logger, services);
  return {
    ...http,
    get bot() {
      return bot.get();
    },
    services,
    schedulers,
  };
}
