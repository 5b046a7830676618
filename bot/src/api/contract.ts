// The request and response types of the tab's JSON API (/api/v1), shared by the routes, the tab and the dev
// chat. Types that a feature defines for its own service are re-exported here, so that callers import one file.
import type { z } from "zod";
import type { AgendaDiffEntry } from "../domain/agenda-diff";
import type { answerInput, createMeetingInput, replaceAgendaInput, updateMeetingInput } from "../meetings/input-schemas";
import type { actionDoneInput, approversInput, commentInput, itemInput } from "../minutes/routes";
import type { newNetworkInput } from "../register/network-routes";
import type { memberInput, networkInput, organisationInput, organisationOrderInput } from "../register/input-schemas";
import type { joinDecisionInput, joinRequestInput } from "../register/join-routes";
import type { importInput } from "../register/pending-member-routes";
import type { JoinRequest } from "../domain/join-request";
import type { PendingMember } from "../domain/pending-member";
import type { attendanceInput } from "../roll-call/routes";
import type { entryInput, questionsInput, settingsInput } from "../round-table/routes";
import type { AgendaItem } from "../domain/agenda";
import type { AuditEntry } from "../domain/audit";
import type { AttendanceRecord } from "../domain/attendance";
import type { Meeting } from "../domain/meeting";
import type { Member, Role } from "../domain/member";
import type { MemberRow } from "../register/member-reach";
import type { OrganisationList } from "../register/organisation-list";
import type { Network, Organisation } from "../domain/network";
import type { Answer } from "../domain/answer";
import type { WalkStatus } from "../domain/round-table-walk";
import type { SearchResult } from "../search/search";
import type { DirectoryPerson } from "../register/people-search";
import type { AnswerChoice } from "../domain/answer";
import type { AnswerRow, AnswerSummary } from "../domain/answer-summary";
import type { SubmittedWhen } from "../domain/round-table";
import type { createPollInput, pollAnswerInput } from "../polls/input-schemas";
import type { PollView } from "../polls/poll-service";
import type { PollResults } from "../domain/poll-results";
import type { DatePollView } from "../date-finding/date-finding-service";
import type { DatePoll } from "../domain/date-poll";

/** A link attached to an agenda item (slides, documents). */
export interface Attachment {
  title: string;
  url: string;
}

/** An agenda item as the API returns it. */
export type AgendaItemView = AgendaItem & { attachments?: Attachment[] };

/** What `PUT /meetings/{id}/agenda` takes per item. */
export interface AgendaItemInput {
  title: string;
  presenters?: string[];
  plannedMinutes?: number;
  description?: string;
  attachments?: Attachment[];
  /** The item's number in the stored agenda, when it is an existing item (it keeps its minutes part). */
  number?: number;
}

/** `GET /meetings/{id}`. */
export type MeetingDetail = Meeting & { agenda: AgendaItemView[]; minutesPublished?: boolean };

/** One meeting of `GET /meetings`. */
export type MeetingSummary = Meeting & { upcoming: boolean; myAnswer: AnswerChoice | null; minutesPublished: boolean };

/** One network membership of `GET /me`. */
export interface Membership {
  network: { id: string; name: string; language: "sv" | "en" };
  member: Member;
  organisation?: Organisation;
  roles: Role[];
}

/** `GET /me`. */
export interface Me {
  aadObjectId: string;
  name?: string;
  devMode: boolean;
  /** Whether the person may create networks (INSTALLATION_ADMIN_IDS). */
  installationAdmin: boolean;
  /** Whether the directory can be searched (Graph configured and signed in through Teams). */
  directorySearch: boolean;
  memberships: Membership[];
}

/** A demo user of `GET /dev/users`. */
export interface DevUser {
  aadObjectId: string;
  displayName: string;
  organisation?: string;
  role: string;
  networkId: string;
}

/** One member's answer in `GET /meetings/{id}/responses`. */
export type { AnswerRow };

/** `GET /meetings/{id}/responses`. */
export interface AnswersPayload extends AnswerSummary {
  meetingId: string;
}

/** `GET /meetings/{id}/attendance`. */
export interface AttendancePayload {
  meetingId: string;
  rollCall: "not-started" | "open" | "closed";
  records: AttendanceRecord[];
  lists: {
    present: { personId: string; text: string }[];
    absent: { personId: string; text: string }[];
    organisationsWithNobody: { id: string; name: string }[];
  };
}

/** One organisation's entry in `GET /meetings/{id}/round-table`. */
export interface RoundTableEntryView {
  organisationId: string;
  organisationName: string;
  text: string;
  fields: Record<string, string>;
  reporterName: string;
  submitted: SubmittedWhen;
  updatedAt: string;
  etag: string;
}

/** `GET /meetings/{id}/round-table`. */
export interface RoundTablePayload {
  meetingId: string;
  status: WalkStatus;
  includeAgencies: boolean;
  questions: string[];
  entries: RoundTableEntryView[];
  walk: { organisationId: string; organisationName: string; round: "kommuner" | "omvarldsbevakning"; status: string; skippedBecause?: "nobody-present" | "chair" }[];
}

/** `PUT /meetings/{id}/round-table/settings`. */
export interface RoundTableSettingsPayload {
  meetingId: string;
  includeAgencies: boolean;
}

/** `PUT /meetings/{id}/round-table/{orgId}`: the saved entry and its new eTag. */
export interface RoundTableEntrySaved {
  entry: RoundTableEntryView;
  etag: string;
}

/** `GET /meetings/{id}/round-table/{orgId}/versions`: earlier versions, who replaced them and when. */
export interface RoundTableVersions {
  meetingId: string;
  organisationId: string;
  versions: { text: string; fields: Record<string, string>; reporterName: string; submitted: SubmittedWhen; updatedAt: string; replacedAt?: string; replacedByName?: string }[];
}

/** `GET` and `PUT /round-table/questions`. */
export interface RoundTableQuestionsPayload {
  questions: string[];
}

/** The other version a 409 from `PUT /meetings/{id}/round-table/{orgId}` reports. */
export interface RoundTableConflict {
  text: string;
  etag: string;
  reporterName: string;
  updatedAt: string;
}

/** `GET /organisations/{orgId}/round-table`. */
export interface RoundTableHistory {
  organisationId: string;
  organisationName: string;
  entries: { meetingId: string; meetingTitle: string; startUtc: string; text: string; fields: Record<string, string>; reporterName: string; updatedAt: string }[];
}

/** `POST /meetings/{id}/invitations`: the per-member report. */
export type { InvitationReport, InvitationResult } from "../invitations/invitation-sender";

/** `GET /meetings/{id}/minutes` (and the answers of approve, approvers, publish). */
export type { MinutesView } from "../minutes/minutes-reader";

/** One hit of `GET /search?q=`. */
export type { SearchResult };

/** An action point, as `PUT /meetings/{id}/minutes/actions/{actionId}` answers it. */
export type { ActionItem } from "../domain/agenda";

/** `GET /meetings`. */
export interface MeetingsPayload {
  meetings: MeetingSummary[];
}

/** `PUT /meetings/{id}/agenda`: the agenda, what changed, and whether invitees got a message about it. */
export interface AgendaPayload {
  agenda: AgendaItemView[];
  changes?: AgendaDiffEntry[];
  notified?: boolean;
}

/** `PUT /meetings/{id}/responses/me`: the stored answer. */
export type AnswerSaved = Answer & { meetingId: string };

/** `PUT /meetings/{id}/attendance/{personId}`: the stored record. */
export type AttendanceSaved = AttendanceRecord;

/** `PUT /meetings/{id}/minutes/items/{number}`: the saved item, its eTag, and the correction's version after publishing. */
export interface MinutesItemSaved {
  item: AgendaItem;
  etag: string;
  version?: number;
}

/** `GET /search?q=`. */
export interface SearchPayload {
  query: string;
  results: SearchResult[];
}

/** `GET /dev/users` (local mode). */
export interface DevUsersPayload {
  users: DevUser[];
}

/** `GET /networks` (installation admins). */
export interface NetworksPayload {
  networks: Network[];
}

/** `POST /networks`: the network, its first organisation and coordinator. */
export type { FirstNetworkRows as NetworkCreated } from "../domain/first-network";

/** `GET /directory/people?q=`: people found in the directory (Graph), for the coordinator to add. */
export interface DirectoryPeoplePayload {
  people: DirectoryPerson[];
}

/** An error answer of every route. */
export interface ApiError {
  error: { code: string; message: string; current?: unknown };
}

// Request bodies of the write routes: each is the input type of the zod schema its route validates with, so
// the tab's requests and the server's validation cannot drift apart.

/** `POST /meetings`. */
export type MeetingCreateRequest = z.input<typeof createMeetingInput>;
/** `PUT /meetings/{id}` (with If-Match). */
export type MeetingUpdateRequest = z.input<typeof updateMeetingInput>;
/** `PUT /meetings/{id}/agenda`. */
export type AgendaReplaceRequest = z.input<typeof replaceAgendaInput>;
/** `PUT /meetings/{id}/responses/me`. */
export type AnswerRequest = z.input<typeof answerInput>;
/** `PUT /meetings/{id}/attendance/{personId}`. */
export type AttendanceRequest = z.input<typeof attendanceInput>;
/** `PUT /meetings/{id}/round-table/{orgId}` (with If-Match). */
export type RoundTableEntryRequest = z.input<typeof entryInput>;
/** `PUT /meetings/{id}/round-table/settings`. */
export type RoundTableSettingsRequest = z.input<typeof settingsInput>;
/** `PUT /round-table/questions`. */
export type RoundTableQuestionsRequest = z.input<typeof questionsInput>;
/** `PUT /meetings/{id}/minutes/items/{number}` (with If-Match). */
export type MinutesItemRequest = z.input<typeof itemInput>;
/** `PUT /meetings/{id}/minutes/approvers`. */
export type MinutesApproversRequest = z.input<typeof approversInput>;
/** `POST /meetings/{id}/minutes/comments`. */
export type MinutesCommentRequest = z.input<typeof commentInput>;
/** `PUT /meetings/{id}/minutes/actions/{actionId}`. */
export type ActionDoneRequest = z.input<typeof actionDoneInput>;
/** `POST /organisations`, `PUT /organisations/{id}` (with If-Match; `contactMemberId: null` removes the contact). */
export type OrganisationRequest = z.input<typeof organisationInput>;
/** `PUT /organisations/order` (with If-Match: the list's `version`): every organisation id, in the new order. */
export type OrganisationOrderRequest = z.input<typeof organisationOrderInput>;
/** `PUT /network` (with If-Match): name, default place, language and settings (a setting left out is kept). */
export type NetworkRequest = z.input<typeof networkInput>;
/** `POST /members` (and without `aadObjectId`, `PUT /members/{aadObjectId}`). */
export type MemberRequest = z.input<typeof memberInput>;
/** `POST /networks` (installation admins). */
export type NetworkCreateRequest = z.input<typeof newNetworkInput>;

/** `GET /organisations` and `PUT /organisations/order`: in round-table order, each with its eTag; inactive ones too. */
export type OrganisationsPayload = OrganisationList;
export type { OrganisationRow } from "../register/organisation-list";

/**
 * `GET /members`: the coordinator sees every member with every field, the eTag and whether the bot can reach
 * them; others see active members' names, organisations and roles.
 */
export interface MembersPayload {
  members: (MemberRow | Pick<Member, "aadObjectId" | "displayName" | "organisationId" | "role">)[];
}
export type { MemberRow, Reach } from "../register/member-reach";

/** `GET /network` and `PUT /network`: the network's facts, the settings in force and the deployment's defaults. */
export type { NetworkView as NetworkPayload } from "../register/network-settings-service";

/** `POST /join-requests` (identity comes from the sign-in, never from the body). */
export type JoinRequestRequest = z.input<typeof joinRequestInput>;
/** `POST /join-requests/{aadObjectId}/approve`. */
export type JoinDecisionRequest = z.input<typeof joinDecisionInput>;
/** `POST /pending-members/import` (`?validate=true` only checks). */
export type ImportRequest = z.input<typeof importInput>;

/** `GET /networks/public`: networks a signed-in stranger may apply to, with their organisations (names and ids). */
export interface PublicNetworksPayload {
  networks: { id: string; name: string; organisations: { id: string; name: string }[] }[];
}

/** `GET /join-requests` (the coordinator's network) and `GET /join-requests/mine`. */
export interface JoinRequestsPayload {
  requests: JoinRequest[];
}

/** `GET /pending-members`: people invited by e-mail who have not used the app yet. */
export interface PendingMembersPayload {
  pending: PendingMember[];
}

/** One row of an import preview with its errors (none when it can be imported). */
export interface ImportRowView {
  line: number;
  name: string;
  email: string;
  organisation: string;
  organisationId?: string;
  errors: { code: string; message: string }[];
}

/** `POST /pending-members/import`: every row; `created` when it wrote. */
export interface ImportPayload {
  valid: boolean;
  created?: number;
  rows: ImportRowView[];
}

export type { AuditAction, AuditChange, AuditEntry } from "../domain/audit";

/** `GET /audit`: the network's audit log for a period (ISO times, `from` included, `to` excluded), oldest first. */
export interface AuditPayload {
  networkId: string;
  from: string;
  to: string;
  entries: AuditEntry[];
}

export type { MemberDataExport as MemberExportPayload, MeetingData as MemberMeetingData } from "../privacy/member-data";
export type { ErasureReport as ErasurePayload } from "../privacy/member-privacy";

// Polls (enkäter) and finding the date.
export type { Poll, PollKind, PollAudience, PollOption } from "../domain/poll";
export type { PollResults, OptionResult } from "../domain/poll-results";
export type { PollView } from "../polls/poll-service";
export type { DatePoll, DateOption, DateMark, OptionScore, PartOfDay } from "../domain/date-poll";

/** `POST /polls`: body of the request. */
export type CreatePollRequest = z.infer<typeof createPollInput>;
/** `PUT /polls/{id}/answers/me`: body of the request. */
export type PollAnswerRequest = z.infer<typeof pollAnswerInput>;

/** `GET /polls`: the network's polls as the caller sees them, newest first. */
export interface PollList {
  networkId: string;
  polls: PollView[];
}

/** How many messages a send or reminder wrote to the outbox and delivered now. */
export interface PollDeliveryPayload {
  queued: number;
  alreadyQueued: number;
  delivered: number;
  round?: number;
}

/** `GET /polls/{id}/results`: totals; per person only for the coordinator of a named poll. */
export type PollResultsPayload = PollResults & {
  pollId: string;
  asked?: number;
  byPerson?: { memberId: string; displayName: string; organisationId: string; choices: string[]; text?: string }[];
};

/** `PUT /polls/{id}/answers/me`: what was stored (an anonymous answer is not shown back). */
export interface PollAnswerSaved {
  pollId: string;
  anonymous: boolean;
  answer?: { choices: string[]; text?: string };
}

export type { DatePollView, DatePollResults, DateDelivery } from "../date-finding/date-finding-service";

/** `GET /date-polls`: the network's date polls as the caller sees them, newest first. */
export interface DatePollList {
  networkId: string;
  datePolls: DatePollView[];
}

/** `POST /date-polls/{id}/pick`: the round, now decided, and the meeting created from the chosen option. */
export interface DatePollPicked {
  datePoll: DatePoll;
  meetingId: string;
}

/** A material of an agenda item as the caller sees it (`GET /meetings/{id}/material`, `PUT …/material/{materialId}`). */
export interface MaterialView {
  id: string;
  itemNumber: number;
  kind: "link" | "file";
  title: string;
  url?: string;
  fileName?: string;
  contentType?: string;
  size?: number;
  addedByName: string;
  addedAt: string;
  /** Whether the caller may remove it (whoever added it, or the meeting's people). */
  canRemove: boolean;
  etag?: string;
}

/** `GET /meetings/{id}/material`: every item's material, whether files can be uploaded, and where the caller may add. */
export interface MaterialListView {
  uploads: { enabled: boolean; maxBytes: number; extensions: string[] };
  items: { number: number; canAdd: boolean }[];
  material: MaterialView[];
}
export type { FocusTurn } from "../domain/focus";
/** `GET /focus`: the "Kommun i fokus" rotation (proposal first), every municipality's place and the turns, newest first. */
export type { FocusOverview as FocusPayload, FocusAnswer as FocusAnswerPayload } from "../focus/focus-service";
/** `GET /organisations/{orgId}/focus`: one organisation's turns, newest first. */
export interface FocusHistoryPayload {
  organisationId: string;
  turns: import("../focus/focus-service").FocusOverview["turns"];
}
/** `POST /focus/history` (201): the recorded earlier presentation. */
export interface FocusTurnPayload {
  turn: import("../domain/focus").FocusTurn;
}
/** `POST /meetings/{id}/focus/ask` (202): the turn and how many 1:1 asks were newly queued. */
export interface FocusAskPayload {
  turn: import("../domain/focus").FocusTurn;
  queued: number;
}
/** `POST /meetings/{id}/focus/ask`. */
export type FocusAskRequest = z.input<typeof import("../focus/input-schemas").focusAskInput>;
/** `POST /meetings/{id}/focus/answer`. */
export type FocusAnswerRequest = z.input<typeof import("../focus/input-schemas").focusAnswerInput>;
/** `POST /focus/history`. */
export type FocusRecordRequest = z.input<typeof import("../focus/input-schemas").focusRecordInput>;

export type { DialogueGroup, DialogueNotes, DialogueSetup } from "../domain/dialogue";
/** `GET /meetings/{id}/dialogues`: the meeting's group dialogues; a group's notes only for those who may write them. */
export type { DialoguesOfMeeting as DialoguesPayload, DialogueView, DialogueGroupView } from "../dialogues/dialogue-service";
/** `PUT /meetings/{id}/dialogues/{item}`: the stored questions and groups (ETag header too). */
export interface DialogueSetupPayload {
  setup: import("../domain/dialogue").DialogueSetup;
  etag: string;
}
/** `PUT /meetings/{id}/dialogues/{item}/groups/{groupId}/notes`: the stored notes (ETag header too). */
export interface DialogueNotesPayload {
  notes: import("../domain/dialogue").DialogueNotes;
  etag: string;
}
/** `POST /meetings/{id}/dialogues/{item}/gather`: the minutes item with "Utdrag ur dialogerna", and its eTag. */
export interface DialogueGatherPayload {
  item: AgendaItem;
  etag: string;
}
/** `PUT /meetings/{id}/dialogues/{item}`. */
export type DialogueSetupRequest = z.input<typeof import("../dialogues/input-schemas").dialogueSetupInput>;
/** `PUT /meetings/{id}/dialogues/{item}/groups/{groupId}/notes`. */
export type DialogueNotesRequest = z.input<typeof import("../dialogues/input-schemas").dialogueNotesInput>;

export type { NetworkStatistics, NetworkTermTotals, OrganisationMeeting, OrganisationTermStatistics, Term } from "../domain/statistics";
/** `GET /statistics`: per organisation and term, with network totals for the coordinator (`scope: "network"`). */
export type StatisticsPayload = import("../domain/statistics").NetworkStatistics & { scope: "network" | "organisation" };

/** `GET /api/v1/meetings/{id}/page`: what the meeting page shows, each part exactly as its own route gives it to the caller. */
export interface MeetingPagePayload {
  meeting: MeetingDetail;
  responses: AnswersPayload;
  attendance: AttendancePayload;
  roundTable: RoundTablePayload;
}
/** `GET /meetings/{id}/invitations/preview`: the card and who sending would and would not reach (coordinator). */
export type { InvitationPreview, PreviewInvitee } from "../invitations/invitation-preview";
export type { ProposalRow as AttendanceProposalRow } from "../domain/attendance-report";
export type { AttendanceProposal as AttendanceProposalPayload } from "../calendar/attendance-proposal";
export type { GraphSendReport } from "../graph/graph-report";

/** `POST /meetings/{id}/attendance/proposal/confirm`: the rows written (source `attendance-report`). */
export interface AttendanceProposalConfirmed {
  meetingId: string;
  records: AttendanceRecord[];
}
