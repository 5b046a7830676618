// The request and response types of the tab's JSON API (/api/v1), shared by the routes, the tab and the dev
// chat. Types that a feature defines for its own service are re-exported here, so that callers import one file.
import type { z } from "zod";
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

/** `PUT /meetings/{id}/agenda`. */
export interface AgendaPayload {
  agenda: AgendaItemView[];
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

export type { ProposalRow as AttendanceProposalRow } from "../domain/attendance-report";
export type { AttendanceProposal as AttendanceProposalPayload } from "../calendar/attendance-proposal";
export type { GraphSendReport } from "../graph/graph-report";

/** `POST /meetings/{id}/attendance/proposal/confirm`: the rows written (source `attendance-report`). */
export interface AttendanceProposalConfirmed {
  meetingId: string;
  records: AttendanceRecord[];
}
