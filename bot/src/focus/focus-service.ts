import { CardFactory, MessageFactory } from "../teams/activity-values";
import { conflict, forbidden, invalid, notFound } from "../domain/errors";
import {
  assertValidAcceptance, focusItemPosition, focusItemTitle, focusTurnKey, proposeNext, rotation, type FocusTurn, type RotationRow,
} from "../domain/focus";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { isActiveOrganisation, type Organisation } from "../domain/network";
import { assertMay } from "../domain/roles";
import { stockholmParts } from "../domain/time";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { MeetingEditor } from "../meetings/meeting-editor";
import type { Meetings } from "../meetings/meetings";
import type { Outbox } from "../outbox/outbox";
import { askedFor } from "../round-table/collection-scheduler";
import type { Stored, Stores } from "../storage/repository";
import { ConcurrencyError } from "../storage/storage-errors";
import { personLanguage } from "../teams/person-language";
import { focusAskCard } from "./focus-ask-card";
import { focusErrors } from "./texts";

/** The outbox topic of a focus ask. */
export const FOCUS_ASK_TOPIC = "focus-ask";

const err = (key: keyof typeof focusErrors) => focusErrors[key];
const organisationNotFound = () => notFound("organisation_not_found", err("organisationNotFound").sv, err("organisationNotFound").en);

/** The rotation as people see it: next proposal, every municipality's place and the history of turns. */
export interface FocusOverview {
  proposal?: RotationRow;
  rotation: RotationRow[];
  turns: (FocusTurn & { organisationName: string; meetingTitle?: string })[];
}

/** What an answer did: the turn and, when accepted, the agenda item it added. */
export interface FocusAnswer {
  turn: FocusTurn;
  added?: { number: number; title: string };
}

/**
 * "Kommun i fokus": proposes the next municipality, asks its members 1:1 through the outbox, records the
 * answer (first answer wins, eTag-checked) and adds "<Organisation> i fokus" to the meeting's agenda through the
 * meeting editor, which audits and announces the change.
 */
export class FocusService {
  constructor(private readonly deps: { stores: Stores; meetings: Meetings; editor: MeetingEditor; outbox: Outbox; clock: Clock; logger: Logger }) {}

  /** The rotation of the caller's network as of `now`. */
  async overview(member: Member, now: Date): Promise<FocusOverview> {
    const { stores } = this.deps;
    const [organisations, turns, meetings] = await Promise.all([
      stores.organisations.list(member.networkId), stores.focusTurns.list(member.networkId), this.deps.meetings.list(member.networkId),
    ]);
    const orgs = organisations.map((o) => o.value);
    const rows = rotation(orgs, turns.map((t) => t.value), stockholmParts(now).date);
    const names = new Map(orgs.map((o) => [o.id, o.name]));
    const titles = new Map(meetings.map((m) => [m.id, m.title]));
    const history = turns.map((t) => t.value).sort((a, b) => b.date.localeCompare(a.date) || a.organisationId.localeCompare(b.organisationId)).map((t) => ({
      ...t, organisationName: names.get(t.organisationId) ?? t.organisationId, ...(t.meetingId && titles.has(t.meetingId) ? { meetingTitle: titles.get(t.meetingId) } : {}),
    }));
    const proposal = proposeNext(rows);
    return { ...(proposal ? { proposal } : {}), rotation: rows, turns: history };
  }

  /** One organisation's turns, newest first. */
  async history(member: Member, organisationId: string, now: Date): Promise<FocusOverview["turns"]> {
    await this.organisation(member.networkId, organisationId);
    return (await this.overview(member, now)).turns.filter((t) => t.organisationId === organisationId);
  }

  /**
   * The coordinator asks an organisation to be in focus at an upcoming meeting: the turn is written once (asking
   * again changes nothing) and each asked member's 1:1 card goes to the outbox under a key of organisation and person.
   */
  async ask(caller: Member, meeting: Meeting, organisationId: string, now: Date): Promise<{ turn: FocusTurn; queued: number }> {
    assertMay(caller, "manage-meeting");
    const organisation = await this.organisation(meeting.networkId, organisationId);
    if (organisation.kind !== "kommun" || !isActiveOrganisation(organisation)) throw invalid("not_a_municipality", err("notMunicipality").sv, err("notMunicipality").en);
    if (!(meeting.status === "draft" || meeting.status === "invited") || Date.parse(meeting.startUtc) <= now.getTime()) {
      throw conflict("meeting_not_upcoming", err("notUpcoming").sv, err("notUpcoming").en);
    }
    await this.assertFree(meeting);
    const turn: FocusTurn = {
      networkId: meeting.networkId, organisationId, meetingId: meeting.id, date: stockholmParts(new Date(meeting.startUtc)).date,
      status: "asked", presenters: [], askedAt: now.toISOString(),
    };
    const existing = await this.deps.stores.focusTurns.get(meeting.networkId, focusTurnKey(turn));
    const stored = existing?.value ?? (await this.deps.stores.focusTurns.upsert(turn)).value;
    const members = (await this.deps.stores.members.list(meeting.networkId)).map((m) => m.value);
    const network = (await this.deps.stores.networks.get("network", meeting.networkId))?.value;
    const last = rotation([organisation], (await this.deps.stores.focusTurns.list(meeting.networkId)).map((t) => t.value), stockholmParts(now).date)[0]?.lastPresented;
    let queued = 0;
    for (const recipient of askedFor(organisation, members)) {
      const language = await personLanguage(this.deps.stores, recipient.aadObjectId, network?.language ?? "sv");
      const card = focusAskCard({ meeting, organisation, ...(last ? { lastPresented: last } : {}) }, language);
      const written = await this.deps.outbox.enqueue({
        scope: meeting.id, key: `${FOCUS_ASK_TOPIC}|${organisationId}|${recipient.aadObjectId}`, topic: FOCUS_ASK_TOPIC,
        recipient: { kind: "user", id: recipient.aadObjectId }, subject: organisationId, activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
      }, now);
      if (written === "queued") queued += 1;
    }
    this.deps.logger.info({ meetingId: meeting.id, organisationId, queued }, "focus ask written");
    return { turn: stored, queued };
  }

  /**
   * A member of the organisation (or the coordinator) answers. The first answer wins; the same answer again is
   * harmless; accepting adds "<Organisation> i fokus" with its presenters before the meeting's closing items.
   */
  async answer(member: Member, meeting: Meeting, organisationId: string, choice: "accept" | "decline", topic: string, presenters: string[], now: Date): Promise<FocusAnswer> {
    const organisation = await this.organisation(meeting.networkId, organisationId);
    if (member.organisationId !== organisationId && member.role !== "coordinator") throw forbidden("not_own_organisation", err("notOwnOrganisation").sv, err("notOwnOrganisation").en);
    if (member.role === "guest") throw forbidden("not_own_organisation", err("notOwnOrganisation").sv, err("notOwnOrganisation").en);
    const key = focusTurnKey({ organisationId, meetingId: meeting.id, date: "" });
    const stored = await this.deps.stores.focusTurns.get(meeting.networkId, key);
    if (!stored) throw notFound("focus_not_asked", err("notAsked").sv, err("notAsked").en);
    const status = choice === "accept" ? "accepted" : "declined";
    if (stored.value.status !== "asked") {
      if (stored.value.status === status) return { turn: stored.value };
      throw conflict("focus_already_answered", err("alreadyAnswered").sv, err("alreadyAnswered").en, { status: stored.value.status, answeredByName: stored.value.answeredByName });
    }
    if (choice === "accept") {
      assertValidAcceptance(topic, presenters);
      await this.assertFree(meeting);
    }
    const answered: FocusTurn = {
      ...stored.value, status, answeredAt: now.toISOString(), answeredById: member.aadObjectId, answeredByName: member.displayName,
      ...(choice === "accept" ? { topic: topic.trim(), presenters } : {}),
    };
    const written = await this.replace(answered, stored);
    if (choice === "decline") return { turn: written.value };
    const title = focusItemTitle(organisation.name);
    try {
      const { number } = await this.deps.editor.insertItem(member, meeting.id, { title, presenters, description: topic.trim() }, focusItemPosition, now);
      const done = await this.deps.stores.focusTurns.replace({ ...answered, agendaItemNumber: number }, written.etag);
      this.deps.logger.info({ meetingId: meeting.id, organisationId, number, by: member.aadObjectId }, "focus accepted, agenda item added");
      return { turn: done.value, added: { number, title } };
    } catch (error) {
      // The agenda did not change: the turn goes back to asked so that the answer can be given again.
      await this.deps.stores.focusTurns.replace(stored.value, written.etag).catch(() => undefined);
      throw error;
    }
  }

  /** The coordinator records a presentation held before the app was used, so that the rotation starts right. */
  async record(caller: Member, organisationId: string, date: string, topic: string | undefined, presenters: string[], now: Date): Promise<FocusTurn> {
    assertMay(caller, "manage-network");
    await this.organisation(caller.networkId, organisationId);
    const turn: FocusTurn = {
      networkId: caller.networkId, organisationId, date, status: "accepted", presenters, askedAt: now.toISOString(), answeredAt: now.toISOString(),
      answeredById: caller.aadObjectId, answeredByName: caller.displayName, ...(topic?.trim() ? { topic: topic.trim() } : {}),
    };
    return (await this.deps.stores.focusTurns.upsert(turn)).value;
  }

  /** The meeting's turns (for the card and the tab). */
  async turnsOf(meeting: Meeting): Promise<FocusTurn[]> {
    return (await this.deps.stores.focusTurns.where("meetingId", meeting.id)).map((t) => t.value).filter((t) => t.networkId === meeting.networkId);
  }

  private async assertFree(meeting: Meeting): Promise<void> {
    if ((await this.turnsOf(meeting)).some((t) => t.status === "accepted")) throw conflict("focus_taken", err("taken").sv, err("taken").en);
  }

  private async replace(turn: FocusTurn, stored: Stored<FocusTurn>): Promise<Stored<FocusTurn>> {
    try {
      return await this.deps.stores.focusTurns.replace(turn, stored.etag);
    } catch (error) {
      if (error instanceof ConcurrencyError) throw conflict("focus_already_answered", err("alreadyAnswered").sv, err("alreadyAnswered").en);
      throw error;
    }
  }

  private async organisation(networkId: string, organisationId: string): Promise<Organisation> {
    const stored = await this.deps.stores.organisations.get(networkId, organisationId);
    if (!stored) throw organisationNotFound();
    return stored.value;
  }
}
