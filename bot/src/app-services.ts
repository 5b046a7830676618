import type { AuditLog } from "./audit/audit-log";
import type { Clock } from "./domain/clock";
import type { InvitationServices } from "./invitations/invitation-services";
import type { GraphServices } from "./graph/graph-services";
import type { Meetings } from "./meetings/meetings";
import type { MaterialService } from "./material/material-service";
import type { MemberPrivacy } from "./privacy/member-privacy";
import type { Outbox } from "./outbox/outbox";
import type { MinutesServices } from "./minutes/minutes-services";
import type { Directory } from "./register/directory";
import type { JoinRequests } from "./register/join-requests";
import type { PendingMembers } from "./register/pending-members";
import type { ChatLinkService } from "./meeting-link/chat-link-service";
import type { PeopleSearch } from "./register/people-search";
import type { NetworkAdmin } from "./register/network-admin";
import type { NetworkSettingsService } from "./register/network-settings-service";
import type { RegisterService } from "./register/register-service";
import type { RollCallServices } from "./roll-call/roll-call-services";
import type { RoundTableService } from "./round-table/round-table-service";
import type { FocusService } from "./focus/focus-service";
import type { DialogueService } from "./dialogues/dialogue-service";
import type { StatisticsService } from "./statistics/statistics-service";
import type { PollServices } from "./polls/poll-services";
import type { DateFindingService } from "./date-finding/date-finding-service";

/** Every service of the app, built once by `createApp` and shared by the bot's features and the API's routes. */
export interface AppServices {
  clock: Clock;
  /** Who changed what: written by the services before each audited change. */
  audit: AuditLog;
  directory: Directory;
  register: RegisterService;
  networkAdmin: NetworkAdmin;
  networkSettings: NetworkSettingsService;
  chatLinks: ChatLinkService;
  peopleSearch: PeopleSearch;
  meetings: Meetings;
  invitations: InvitationServices;
  rollCall: RollCallServices;
  roundTable: RoundTableService;
  minutes: MinutesServices;
  /** A member's data: export and erasure (coordinator). */
  privacy: MemberPrivacy;
  /** Proactive messages written before they are sent and delivered at least once. */
  outbox: Outbox;
  /** Join requests and people invited by e-mail (register). */
  joinRequests: JoinRequests;
  pendingMembers: PendingMembers;
  /** Polls (enkäter): questions to the network, answers, results, reminders. */
  polls: PollServices;
  /** Finding the date: proposals, members' marks, the chosen date becomes a meeting. */
  dateFinding: DateFindingService;
  /** Presentations and other material per agenda item. */
  material: MaterialService;
  /** "Kommun i fokus": the rotation, 1:1 asks and answers that add the agenda item. */
  focus: FocusService;
  /** Group dialogues: questions, groups and scribes' notes, gathered into the minutes. */
  dialogues: DialogueService;
  /** Statistics over time per organisation and term. */
  statistics: StatisticsService;
  /** Microsoft Graph with the app's identity (calendar, answers from Outlook, installation, attendance report), when configured. */
  graph?: GraphServices;
}

/** A background job that `index.ts` starts after listening and stops on shutdown. */
export interface Scheduler {
  name: string;
  start(): void;
  stop(): void;
}
