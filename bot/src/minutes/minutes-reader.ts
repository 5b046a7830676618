import type { MinutesParts } from "./minutes-parts";
import { collectFollowUps, type FollowUp } from "../domain/follow-ups";
import { approverCandidates, type ApproverCandidate } from "../domain/approver-candidates";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { MinutesDocument } from "../domain/minutes";
import { renderMinutesMarkdown, renderMinutesText } from "../domain/minutes-render";
import { mayReadDraft, minutesNotPublished, minutesStatus, type MinutesComment, type MinutesStatus } from "../domain/minutes-workflow";
import { may } from "../domain/roles";
import type { Meetings } from "../meetings/meetings";
import { draftDocument, itemViews, MinutesData, type MeetingMinutesData, type NetworkData } from "./minutes-data";
import { MinutesSnapshots, type MinutesItemView } from "./minutes-snapshot";
import type { Material } from "../domain/material";
import { withMaterial } from "../domain/minutes-material";

/** The agenda's links per item number. */
const linksOf = (data: MeetingMinutesData) => new Map(data.agenda.map((row) => [row.value.number, row.value.attachments ?? []]));

/** The minutes a caller may read: the newest published version, or the draft for those who may read it. */
export interface ReadableMinutes {
  status: MinutesStatus;
  document: MinutesDocument;
  items: MinutesItemView[];
}

/** The answer of `GET /api/v1/meetings/{id}/minutes`. */
export interface MinutesView {
  meetingId: string;
  meetingTitle: string;
  startUtc: string;
  status: MinutesStatus;
  version: number;
  etag: string;
  text: string;
  markdown: string;
  document: MinutesDocument;
  items: (MinutesItemView & { etag?: string })[];
  approvers: { id: string; name: string; approved: boolean; approvedAt?: string }[];
  comments: MinutesComment[];
  versions: { version: number; kind: string; at: string; byName: string; changeNote?: string }[];
  publishedAt?: string;
  publishedBy?: string;
  followUps: FollowUp[];
  permissions: { edit: boolean; publish: boolean; nameApprovers: boolean; approve: boolean };
  /** Whom the coordinator may name approver, those present first (only for the coordinator, before publishing). */
  approverCandidates?: ApproverCandidate[];
}

/** Reads minutes for people: who may see which version, the follow-ups from earlier meetings. */
export class MinutesReader {
  private readonly data: MinutesData;
  private readonly snapshots: MinutesSnapshots;

  constructor(private readonly deps: MinutesParts & { meetings: Meetings }) {
    this.data = deps.data;
    this.snapshots = deps.snapshots;
  }

  /** The network's data, to share over several meetings. */
  network(networkId: string): Promise<NetworkData> {
    return this.data.network(networkId);
  }

  /** A meeting's data, and its minutes when the member may read them (published, or a draft for editors and approvers). */
  async forMember(member: Member, meeting: Meeting, network?: NetworkData): Promise<{ data: MeetingMinutesData; minutes?: ReadableMinutes }> {
    const { data, published } = await this.published(meeting, network);
    const minutes = published ?? (await this.draft(member, meeting, data));
    return minutes ? { data, minutes } : { data };
  }

  /** The draft minutes made from a meeting's data already read, when the member may read them. */
  async draft(member: Member, meeting: Meeting, data: MeetingMinutesData): Promise<ReadableMinutes | undefined> {
    if (!mayReadDraft(member, meeting, data.state)) return undefined;
    const material = await this.material(meeting.id);
    const status = minutesStatus(data.state, undefined);
    return { status, document: withMaterial(draftDocument(data), linksOf(data), material), items: itemViews(data.agenda.map((row) => row.value)) };
  }

  /** A meeting's data, and its newest published minutes when there are any (what everyone who sees the meeting may read). */
  async published(meeting: Meeting, network?: NetworkData): Promise<{ data: MeetingMinutesData; published?: ReadableMinutes }> {
    const data = await this.data.load(meeting, network);
    const latest = data.versions.at(-1);
    if (!latest) return { data };
    const [snapshot, material] = await Promise.all([this.snapshots.read(latest), this.material(meeting.id)]);
    return { data, published: { status: minutesStatus(data.state, latest), document: withMaterial(snapshot.document, linksOf(data), material), items: snapshot.items } };
  }

  private async material(meetingId: string): Promise<Material[]> {
    return (await this.deps.stores.materials.list(meetingId)).map((row) => row.value);
  }

  /** The minutes the member may read, or the polite refusal. */
  async require(member: Member, meeting: Meeting): Promise<ReadableMinutes & { data: MeetingMinutesData }> {
    const { data, minutes } = await this.forMember(member, meeting);
    if (!minutes) throw minutesNotPublished();
    return { ...minutes, data };
  }

  /** Everything the minutes page shows. */
  async view(member: Member, meeting: Meeting): Promise<MinutesView> {
    const minutes = await this.require(member, meeting);
    const { data, document, status } = minutes;
    const latest = data.versions.at(-1);
    const editor = may(member, "edit-minutes", meeting);
    const coordinator = may(member, "publish-minutes", meeting);
    const nameOf = (id: string) => data.members.find((m) => m.aadObjectId === id)?.displayName ?? id;
    const approvalOf = (id: string) => data.state.approvals.find((a) => a.approverId === id);
    const liveItems = data.agenda.map((row) => ({ ...itemViews([row.value])[0]!, etag: row.etag }));
    return {
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      startUtc: meeting.startUtc,
      status,
      version: latest?.version ?? 0,
      etag: data.stateEtag ?? "",
      text: renderMinutesText(document),
      markdown: renderMinutesMarkdown(document),
      document,
      items: editor ? liveItems : minutes.items,
      approvers: data.state.approverIds.map((id) => ({ id, name: nameOf(id), approved: Boolean(approvalOf(id)), ...(approvalOf(id) ? { approvedAt: approvalOf(id)!.at } : {}) })),
      comments: editor || coordinator ? data.state.comments : [],
      versions: data.versions.map((v) => ({ version: v.version, kind: v.kind, at: v.at, byName: v.byName, ...(v.changeNote ? { changeNote: v.changeNote } : {}) })),
      ...(latest ? { publishedAt: data.versions[0]!.at, publishedBy: data.versions[0]!.byName } : {}),
      followUps: await this.followUps(meeting),
      permissions: {
        edit: editor,
        publish: coordinator && !latest,
        nameApprovers: coordinator && !latest,
        approve: !latest && data.state.approverIds.includes(member.aadObjectId) && !approvalOf(member.aadObjectId),
      },
      ...(coordinator && !latest ? { approverCandidates: approverCandidates(data.members, data.organisations, data.attendance) } : {}),
    };
  }

  /** Open action points of the network's earlier meetings ("Uppföljning"). */
  async followUps(meeting: Meeting): Promise<FollowUp[]> {
    const earlier = (await this.deps.meetings.list(meeting.networkId)).filter((m) => m.startUtc < meeting.startUtc);
    const withAgendas = await Promise.all(earlier.map(async (m) => ({ meeting: m, agenda: await this.deps.meetings.agenda(m.id) })));
    return collectFollowUps(meeting, withAgendas);
  }
}
