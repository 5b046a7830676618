import { CardFactory, MessageFactory } from "../teams/activity-values";
import type { AgendaItem } from "../domain/agenda";
import type { Clock } from "../domain/clock";
import {
  assertValidSetup, dialogueMinutesText, MAX_DIALOGUE_NOTES, withDialoguePart, type DialogueGroup, type DialogueNotes, type DialogueSetup,
} from "../domain/dialogue";
import { conflict, forbidden, invalid, notFound } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import { may } from "../domain/roles";
import { stripControlCharacters } from "../domain/round-table";
import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { MinutesService } from "../minutes/minutes-service";
import type { Outbox } from "../outbox/outbox";
import type { Stored, Stores } from "../storage/repository";
import { AlreadyExistsError, ConcurrencyError } from "../storage/storage-errors";
import { personLanguage } from "../teams/person-language";
import { dialogueNotesCard } from "./notes-card";
import { dialogueErrors } from "./texts";

/** The outbox topic of a scribe's notes card. */
export const DIALOGUE_SCRIBE_TOPIC = "dialogue-scribe";

const fail = {
  noDialogue: () => notFound("dialogue_not_found", dialogueErrors.noDialogue.sv, dialogueErrors.noDialogue.en),
  noGroup: () => notFound("dialogue_group_not_found", dialogueErrors.noGroup.sv, dialogueErrors.noGroup.en),
  item: () => notFound("agenda_item_not_found", dialogueErrors.itemNotFound.sv, dialogueErrors.itemNotFound.en),
  published: () => conflict("minutes_published", dialogueErrors.published.sv, dialogueErrors.published.en),
};

/** What the chair sends for an item's dialogue: questions and groups (a kept group names its id). */
export interface SetupInput {
  questions: string[];
  groups: { id?: string; name: string; scribeIds: string[] }[];
}

/** One group as a reader sees it: notes only for those who may read them. */
export interface DialogueGroupView extends DialogueGroup {
  scribes: { aadObjectId: string; displayName: string }[];
  notes?: { text: string; updatedAt: string; updatedByName: string; etag: string };
  mayWrite: boolean;
}

/** One item's dialogue as a reader sees it. */
export interface DialogueView {
  itemNumber: number;
  itemTitle: string;
  questions: string[];
  groups: DialogueGroupView[];
  etag: string;
}

/** A meeting's dialogues and what the reader may do with them. */
export interface DialoguesOfMeeting {
  meetingId: string;
  maySetUp: boolean;
  mayGather: boolean;
  dialogues: DialogueView[];
  items: { number: number; title: string }[];
}

const itemKey = (n: number) => String(n).padStart(4, "0");
const notesKey = (item: number, groupId: string) => `${itemKey(item)}|${groupId}`;

/**
 * Group dialogues of agenda items: the chair (or coordinator) sets questions and groups with their scribes, who
 * get a 1:1 card through the outbox; each group's notes are one eTag-checked row; the secretary gathers them into
 * the item's minutes as "Utdrag ur dialogerna" through the minutes service (audited, draft only).
 */
export class DialogueService {
  constructor(private readonly deps: { stores: Stores; meetings: Meetings; minutes: MinutesService; outbox: Outbox; clock: Clock; logger: Logger }) {}

  /** The meeting's dialogues; a group's notes are shown to its scribes, the chair, the secretary and the coordinator. */
  async view(member: Member, meeting: Meeting): Promise<DialoguesOfMeeting> {
    const { stores } = this.deps;
    const [setups, notes, agenda, members] = await Promise.all([
      stores.dialogueSetups.list(meeting.id), stores.dialogueNotes.list(meeting.id), this.deps.meetings.agenda(meeting.id), stores.members.list(meeting.networkId),
    ]);
    const names = new Map(members.map((m) => [m.value.aadObjectId, m.value.displayName]));
    const leads = this.leads(member, meeting);
    const dialogues = setups.map(({ value: setup, etag }): DialogueView => ({
      itemNumber: setup.itemNumber,
      itemTitle: agenda.find((i) => i.number === setup.itemNumber)?.title ?? "",
      questions: setup.questions,
      etag,
      groups: setup.groups.map((group) => {
        const mayWrite = leads || group.scribeIds.includes(member.aadObjectId);
        const row = notes.find((n) => n.value.itemNumber === setup.itemNumber && n.value.groupId === group.id);
        return {
          ...group, mayWrite,
          scribes: group.scribeIds.map((id) => ({ aadObjectId: id, displayName: names.get(id) ?? "" })),
          ...(mayWrite && row ? { notes: { text: row.value.text, updatedAt: row.value.updatedAt, updatedByName: row.value.updatedByName, etag: row.etag } } : {}),
        };
      }),
    }));
    return {
      meetingId: meeting.id, maySetUp: this.maySetUp(member, meeting), mayGather: may(member, "edit-minutes", meeting), dialogues,
      items: agenda.map((i) => ({ number: i.number, title: i.title })),
    };
  }

  /** Sets an item's questions and groups (chair or coordinator); new scribes get their 1:1 card. */
  async setUp(member: Member, meeting: Meeting, itemNumber: number, input: SetupInput, ifMatch: string | undefined, now: Date): Promise<Stored<DialogueSetup>> {
    if (!this.maySetUp(member, meeting)) throw forbidden("not_allowed", dialogueErrors.setUpRefused.sv, dialogueErrors.setUpRefused.en);
    this.assertOpen(meeting);
    const item = await this.item(meeting, itemNumber);
    const questions = input.questions.map((q) => stripControlCharacters(q).trim());
    assertValidSetup(questions, input.groups);
    const members = new Map((await this.deps.stores.members.list(meeting.networkId)).map((m) => [m.value.aadObjectId, m.value]));
    if (input.groups.some((g) => g.scribeIds.some((id) => !members.get(id)?.active))) throw invalid("unknown_scribe", dialogueErrors.unknownScribe.sv, dialogueErrors.unknownScribe.en);
    const current = await this.deps.stores.dialogueSetups.get(meeting.id, itemKey(itemNumber));
    const groups = withIds(input.groups, current?.value.groups ?? []);
    const notes = (await this.deps.stores.dialogueNotes.list(meeting.id)).filter((n) => n.value.itemNumber === itemNumber && n.value.text.trim());
    if (notes.some((n) => !groups.some((g) => g.id === n.value.groupId))) throw conflict("group_has_notes", dialogueErrors.groupHasNotes.sv, dialogueErrors.groupHasNotes.en);
    const setup: DialogueSetup = { meetingId: meeting.id, itemNumber, questions, groups, updatedAt: now.toISOString(), updatedById: member.aadObjectId };
    let stored: Stored<DialogueSetup>;
    try {
      stored = current ? await this.deps.stores.dialogueSetups.replace(setup, ifMatch ?? current.etag) : await this.deps.stores.dialogueSetups.create(setup);
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof AlreadyExistsError) throw conflict("concurrent_update", dialogueErrors.concurrent.sv, dialogueErrors.concurrent.en);
      throw error;
    }
    await this.askScribes(meeting, item, setup, now);
    return stored;
  }

  /** Writes a group's notes (its scribes, the chair, the secretary, the coordinator); with `ifMatch` only over that version. */
  async writeNotes(member: Member, meeting: Meeting, itemNumber: number, groupId: string, text: string, ifMatch: string | undefined, now: Date): Promise<Stored<DialogueNotes>> {
    const setup = await this.setup(meeting, itemNumber);
    const group = setup.value.groups.find((g) => g.id === groupId);
    if (!group) throw fail.noGroup();
    if (!this.leads(member, meeting) && !group.scribeIds.includes(member.aadObjectId)) throw forbidden("not_allowed", dialogueErrors.notesRefused.sv, dialogueErrors.notesRefused.en);
    this.assertOpen(meeting);
    const clean = stripControlCharacters(text).trim();
    if (clean.length > MAX_DIALOGUE_NOTES) throw invalid("notes_too_long", dialogueErrors.tooLong.sv, dialogueErrors.tooLong.en);
    const value: DialogueNotes = { meetingId: meeting.id, itemNumber, groupId, text: clean, updatedAt: now.toISOString(), updatedById: member.aadObjectId, updatedByName: member.displayName };
    const current = await this.deps.stores.dialogueNotes.get(meeting.id, notesKey(itemNumber, groupId));
    try {
      if (!current) {
        if (ifMatch) throw new ConcurrencyError("dialogues", meeting.id);
        return await this.deps.stores.dialogueNotes.create(value);
      }
      // An existing group's notes change only over the version the writer saw, as round-table entries do.
      if (!ifMatch) throw new ConcurrencyError("dialogues", meeting.id);
      return await this.deps.stores.dialogueNotes.replace(value, ifMatch);
    } catch (error) {
      if (!(error instanceof ConcurrencyError || error instanceof AlreadyExistsError)) throw error;
      const latest = await this.deps.stores.dialogueNotes.get(meeting.id, notesKey(itemNumber, groupId));
      throw conflict("concurrent_update", dialogueErrors.concurrent.sv, dialogueErrors.concurrent.en, latest ? { current: { text: latest.value.text, etag: latest.etag, updatedByName: latest.value.updatedByName } } : undefined);
    }
  }

  /**
   * Puts the questions and every group's notes into the item's minutes (secretary or coordinator, draft only):
   * an earlier gathered part is replaced, the secretary's own text before it is kept; editable afterwards.
   */
  async gather(member: Member, meeting: Meeting, itemNumber: number): Promise<{ item: AgendaItem; etag: string }> {
    if (!may(member, "edit-minutes", meeting)) throw forbidden("not_allowed", dialogueErrors.gatherRefused.sv, dialogueErrors.gatherRefused.en);
    this.assertOpen(meeting);
    const setup = await this.setup(meeting, itemNumber);
    const notes = (await this.deps.stores.dialogueNotes.list(meeting.id)).map((n) => n.value).filter((n) => n.itemNumber === itemNumber);
    const stored = await this.deps.stores.agenda.get(meeting.id, itemKey(itemNumber));
    if (!stored) throw fail.item();
    const text = withDialoguePart(stored.value.notes, dialogueMinutesText(setup.value, notes));
    const saved = await this.deps.minutes.editItem(member.aadObjectId, meeting.id, itemNumber, { notes: text }, stored.etag);
    return { item: saved.item, etag: saved.etag };
  }

  /** The setup of an item, or not-found. */
  async setup(meeting: Meeting, itemNumber: number): Promise<Stored<DialogueSetup>> {
    const stored = await this.deps.stores.dialogueSetups.get(meeting.id, itemKey(itemNumber));
    if (!stored) throw fail.noDialogue();
    return stored;
  }

  /** A group's notes row, when written. */
  async notesOf(meeting: Meeting, itemNumber: number, groupId: string): Promise<Stored<DialogueNotes> | undefined> {
    return this.deps.stores.dialogueNotes.get(meeting.id, notesKey(itemNumber, groupId));
  }

  private maySetUp(member: Member, meeting: Meeting): boolean {
    return member.active && (member.role === "coordinator" || meeting.chairId === member.aadObjectId);
  }

  private leads(member: Member, meeting: Meeting): boolean {
    return this.maySetUp(member, meeting) || may(member, "edit-minutes", meeting);
  }

  private assertOpen(meeting: Meeting): void {
    if (meeting.status === "published" || meeting.status === "cancelled") throw fail.published();
  }

  private async item(meeting: Meeting, itemNumber: number): Promise<AgendaItem> {
    const stored = await this.deps.stores.agenda.get(meeting.id, itemKey(itemNumber));
    if (!stored) throw fail.item();
    return stored.value;
  }

  /** Writes each scribe's card to the outbox once per item, group and person, and tries to deliver at once. */
  private async askScribes(meeting: Meeting, item: AgendaItem, setup: DialogueSetup, now: Date): Promise<void> {
    const network = (await this.deps.stores.networks.get("network", meeting.networkId))?.value;
    for (const group of setup.groups) {
      for (const scribeId of group.scribeIds) {
        const language = await personLanguage(this.deps.stores, scribeId, network?.language ?? "sv");
        const card = dialogueNotesCard({ meeting, itemTitle: item.title, setup, group }, language);
        await this.deps.outbox.enqueue({
          scope: meeting.id, key: `${DIALOGUE_SCRIBE_TOPIC}|${itemKey(item.number)}|${group.id}|${scribeId}`, topic: DIALOGUE_SCRIBE_TOPIC,
          recipient: { kind: "user", id: scribeId }, subject: `${item.number}|${group.id}`, activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
        }, now);
      }
    }
    this.deps.outbox.deliverDue(now).catch((error: unknown) => this.deps.logger.error({ err: error, meetingId: meeting.id }, "scribe cards not delivered yet"));
  }
}

/** Groups with stable ids: a given id that exists is kept, the rest get the next free `g<N>`. */
function withIds(groups: SetupInput["groups"], existing: readonly DialogueGroup[]): DialogueGroup[] {
  const known = new Set(existing.map((g) => g.id));
  const used = new Set(groups.flatMap((g) => (g.id ? [g.id] : [])));
  let next = 1;
  const fresh = () => {
    while (used.has(`g${next}`) || known.has(`g${next}`)) next += 1;
    used.add(`g${next}`);
    return `g${next}`;
  };
  return groups.map((g) => ({ id: g.id ?? fresh(), name: g.name.trim(), scribeIds: [...new Set(g.scribeIds)] }));
}
