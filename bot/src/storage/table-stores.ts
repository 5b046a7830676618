import { EntityTable } from "./entity-table";
import { TableMeetingPartition, type MeetingRowKinds } from "./meeting-partition";
import { auditRowKey, type AuditEntry } from "../domain/audit";
import { focusTurnKey, type FocusTurn } from "../domain/focus";
import type { Repository, Stores } from "./repository";
import { versionRowKey, type RoundTableVersion } from "./records/round-table";
import type { StorageCallObserver } from "./storage-calls";
import { pollRowKey } from "./records/poll-rows";
import { TableService, type StorageTarget } from "./table-service";
import { RECENT_MEETING_MS, RecentReads } from "./recent-reads";
import { searchIndexRowKey, type SearchIndexRow } from "./records/search-index";
import { MarkedMeetingPartition, MarkedRepository, SearchMarks } from "./search-marks";

/** Table names, as DESIGN §6 suggests. */
export const TABLES = {
  networks: "networks",
  organisations: "organisations",
  members: "members",
  meetings: "meetings",
  meetingData: "meetingdata",
  conversations: "conversations",
  botState: "botstate",
  focus: "focus",
  dialogues: "dialogues",
  polls: "polls",
  datePolls: "datepolls",
  searchIndex: "searchindex",
} as const;

/** The meeting-scoped kinds search reads (minutes, agenda, round table, material): a write to them marks the meeting for re-indexing. */
const SEARCHABLE = ["agenda", "roundTable", "minutes", "minutesVersions", "minutesText", "materials"] as const;

/**
 * Builds every repository over Azure Table Storage (or Azurite). Tables are created on first use. `observe`
 * is told of every request sent (the bench counts storage calls with it).
 */
export function createTableStores(target: StorageTarget, options: { observe?: StorageCallObserver } = {}): Stores {
  const service = new TableService(target, undefined, options.observe);
  const stores: Omit<Stores, "meetingPartition" | "searchIndex"> = {
    // The directory, the meetings and the conversation references can also be read "recently" (RecentReads):
    // the card actions' hot paths use that, everything else reads them fresh.
    networks: new RecentReads(new EntityTable(service, { table: TABLES.networks, partitionKey: () => "network", rowKey: (n) => n.id }), () => "network"),
    organisations: new RecentReads(new EntityTable(service, { table: TABLES.organisations, partitionKey: (o) => o.networkId, rowKey: (o) => o.id }), (o) => o.networkId),
    members: new RecentReads(
      new EntityTable(service, {
        table: TABLES.members,
        partitionKey: (m) => m.networkId,
        rowKey: (m) => m.aadObjectId,
        index: (m) => ({ aadObjectId: m.aadObjectId }),
      }),
      (m) => m.networkId,
      (m) => m.aadObjectId,
    ),
    // Meetings too, for a few seconds only: a press on a card finds its meeting (by id or by chat) that way.
    meetings: new RecentReads(
      new EntityTable(service, {
        table: TABLES.meetings,
        partitionKey: (m) => m.networkId,
        rowKey: (m) => m.id,
        index: (m) => ({ meetingId: m.id, chatConversationId: m.chatConversationId ?? "", teamsMeetingId: m.teamsMeetingId ?? "" }),
      }),
      (m) => m.networkId,
      (m) => m.id,
      RECENT_MEETING_MS,
    ),
    agenda: new EntityTable(service, {
      table: TABLES.meetingData,
      prefix: "agenda",
      partitionKey: (a) => a.meetingId,
      rowKey: (a) => String(a.number).padStart(4, "0"),
    }),
    answers: new EntityTable(service, { table: TABLES.meetingData, prefix: "rsvp", partitionKey: (r) => r.meetingId, rowKey: (r) => r.memberId }),
    attendance: new EntityTable(service, { table: TABLES.meetingData, prefix: "attendance", partitionKey: (a) => a.meetingId, rowKey: (a) => a.personId }),
    roundTable: new EntityTable(service, {
      table: TABLES.meetingData,
      prefix: "roundtable",
      partitionKey: (r) => r.meetingId,
      rowKey: (r) => r.organisationId,
      index: (r) => ({ organisationId: r.organisationId }),
    }),
    conversations: new RecentReads(new EntityTable(service, { table: TABLES.conversations, partitionKey: (c) => c.scope, rowKey: (c) => c.key }), (c) => c.scope, (c) => c.key),
    botState: new EntityTable(service, { table: TABLES.botState, partitionKey: () => "state", rowKey: (s) => s.key }),
    ping: () => service.ping(),
    // Round table "aktuellt läge": own row kinds in the meeting's partition, questions per network.
    roundTableVersions: new EntityTable<RoundTableVersion>(service, {
      table: TABLES.meetingData,
      prefix: "roundtablehistory",
      partitionKey: (v) => v.meetingId,
      rowKey: versionRowKey,
    }),
    roundTableWalks: new EntityTable(service, { table: TABLES.meetingData, prefix: "roundtablewalk", partitionKey: (w) => w.meetingId, rowKey: () => "state" }),
    roundTableQuestions: new EntityTable(service, { table: "networksettings", prefix: "roundtablequestions", partitionKey: (q) => q.networkId, rowKey: () => "current" }),
    // Roll call
    rollCalls: new EntityTable(service, { table: TABLES.meetingData, prefix: "rollcall", partitionKey: (r) => r.meetingId, rowKey: () => "state" }),
    // Minutes (issue 8)
    minutes: new EntityTable(service, { table: TABLES.meetingData, prefix: "minutes", partitionKey: (m) => m.meetingId, rowKey: () => "state" }),
    minutesVersions: new EntityTable(service, {
      table: TABLES.meetingData,
      prefix: "minutesversion",
      partitionKey: (v) => v.meetingId,
      rowKey: (v) => String(v.version).padStart(4, "0"),
    }),
    minutesText: new EntityTable(service, {
      table: TABLES.meetingData,
      prefix: "minutestext",
      partitionKey: (t) => t.meetingId,
      rowKey: (t) => `${t.snapshotId}|${String(t.part).padStart(3, "0")}`,
    }),
    // Invitations and RSVP
    invitations: new EntityTable(service, { table: TABLES.meetingData, prefix: "invitation", partitionKey: (i) => i.meetingId, rowKey: (i) => i.memberId }),
    processedActions: new EntityTable(service, { table: TABLES.meetingData, prefix: "invaction", partitionKey: (a) => a.meetingId, rowKey: (a) => a.activityId }),
    answerSummaries: new EntityTable(service, { table: TABLES.meetingData, prefix: "invsummary", partitionKey: (s) => s.meetingId, rowKey: () => "rsvp" }),
    activityClaims: new EntityTable(service, { table: "activityclaims", partitionKey: (c) => c.conversationId, rowKey: (c) => c.activityId }),
    audit: new EntityTable<AuditEntry>(service, {
      table: "auditlog",
      partitionKey: (e) => e.networkId,
      rowKey: auditRowKey,
      index: (e) => ({ actorId: e.actorId, meetingId: e.meetingId ?? "" }),
    }),
    outbox: new EntityTable(service, { table: "outbox", partitionKey: (m) => m.scope, rowKey: (m) => m.key, index: (m) => ({ state: m.state }) }),
    // Register: a join request per network and person; a pending member per e-mail (its partition, so a
    // sign-in finds every network's invitation in one read) and network, listed per network by the index.
    joinRequests: new EntityTable(service, { table: "joinrequests", partitionKey: (r) => r.networkId, rowKey: (r) => r.aadObjectId, index: (r) => ({ aadObjectId: r.aadObjectId }) }),
    pendingMembers: new EntityTable(service, {
      table: "pendingmembers",
      partitionKey: (p) => p.email,
      rowKey: (p) => p.networkId,
      index: (p) => ({ networkId: p.networkId }),
    }),
    polls: new EntityTable(service, { table: TABLES.polls, prefix: "poll", partitionKey: (p) => p.networkId, rowKey: (p) => p.id, index: (p) => ({ pollId: p.id }) }),
    pollRows: new EntityTable(service, { table: TABLES.polls, prefix: "row", partitionKey: (r) => r.pollId, rowKey: pollRowKey }),
    datePolls: new EntityTable(service, { table: TABLES.datePolls, prefix: "datepoll", partitionKey: (p) => p.networkId, rowKey: (p) => p.id, index: (p) => ({ datePollId: p.id }) }),
    dateResponses: new EntityTable(service, { table: TABLES.datePolls, prefix: "response", partitionKey: (r) => r.datePollId, rowKey: (r) => r.memberId }),
    // Material per agenda item, in the meeting's partition; files' bytes are in Blob Storage.
    materials: new EntityTable(service, { table: TABLES.meetingData, prefix: "material", partitionKey: (m) => m.meetingId, rowKey: (m) => m.id }),
    focusTurns: new EntityTable<FocusTurn>(service, { table: TABLES.focus, partitionKey: (t) => t.networkId, rowKey: focusTurnKey, index: (t) => ({ meetingId: t.meetingId ?? "" }) }),
    dialogueSetups: new EntityTable(service, { table: TABLES.dialogues, prefix: "setup", partitionKey: (d) => d.meetingId, rowKey: (d) => String(d.itemNumber).padStart(4, "0") }),
    dialogueNotes: new EntityTable(service, {
      table: TABLES.dialogues,
      prefix: "notes",
      partitionKey: (n) => n.meetingId,
      rowKey: (n) => `${String(n.itemNumber).padStart(4, "0")}|${n.groupId}`,
    }),
    calendarEvents: new EntityTable(service, { table: TABLES.meetingData, prefix: "graphevent", partitionKey: (e) => e.meetingId, rowKey: () => "state", index: (e) => ({ eventId: e.eventId }) }),
    graphSync: new EntityTable(service, { table: "graphsync", partitionKey: () => "graph", rowKey: (s) => s.key }),
    answerHistory: new EntityTable(service, { table: TABLES.meetingData, prefix: "answerhistory", partitionKey: (h) => h.meetingId, rowKey: (h) => `${h.memberId}|${h.answeredAt}|${h.channel}` }),
  };
  const kind = <K extends keyof MeetingRowKinds>(k: K) => stores[k] as unknown as EntityTable<MeetingRowKinds[K]>;
  const meetingPartition = new TableMeetingPartition(service, TABLES.meetingData, {
    agenda: kind("agenda"), answers: kind("answers"), attendance: kind("attendance"), roundTable: kind("roundTable"), roundTableWalks: kind("roundTableWalks"),
    rollCalls: kind("rollCalls"), minutes: kind("minutes"), minutesVersions: kind("minutesVersions"), invitations: kind("invitations"),
    processedActions: kind("processedActions"),
  });
  // Search's index: per network, a mark per meeting (rewritten by every write of a searchable kind) and the
  // meeting's indexed texts, valid while built at the current mark.
  const searchIndex = new EntityTable<SearchIndexRow>(service, { table: TABLES.searchIndex, partitionKey: (r) => r.networkId, rowKey: searchIndexRowKey });
  const marks = new SearchMarks(searchIndex, stores.meetings);
  const marked = Object.fromEntries(SEARCHABLE.map((k) => [k, new MarkedRepository(stores[k] as Repository<{ meetingId: string }>, marks)]));
  return {
    ...stores,
    ...(marked as unknown as Pick<Stores, (typeof SEARCHABLE)[number]>),
    meetingPartition: new MarkedMeetingPartition(meetingPartition, marks, new Set<keyof MeetingRowKinds>(["agenda", "roundTable", "minutes", "minutesVersions"])),
    searchIndex,
  };
}
