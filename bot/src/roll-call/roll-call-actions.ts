import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { forbidden, invalid, isAppError } from "../domain/errors";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language } from "../domain/network";
import { may } from "../domain/roles";
import { cleanName, findPersonByName, guestPerson, parseItemNumbers } from "../domain/roll-call-input";
import { languageOf } from "../shared/language";
import { candidatesOf, CARD_ROW_KINDS, RECENT_ROLL_CALL_MS, snapshotOf, type CardRows, type KnownMeeting, type RollCallSnapshot } from "./roll-call-service";
import type { BotContext } from "../teams/bot-app";
import { cardMeetingRowInChat } from "../meeting-link/meeting-chat";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { rollCallCard, ROLL_CALL_VERBS } from "./roll-call-card";
import { rollCallResultCard } from "./roll-call-result";
import { replyWithCard } from "./roll-call-cards";
import { chosenPerson } from "./roll-call-choices";
import type { PersonRef } from "../domain/roll-call";
import type { RollCallServices } from "./roll-call-services";
import { rollCallTexts } from "./texts";

/** What a roll-call card sends: its meeting id, and the chair's inputs. Identity never comes from here. */
type CardData = Record<string, unknown>;

/** The pressed card's meeting, when it is this chat's meeting, the presser's membership if any, and what the turn read first. */
interface CardTarget {
  meeting: Meeting;
  member?: Member;
  language: Language;
  data: CardData;
  /** The meeting row and its network's directory, read once per turn. */
  known: KnownMeeting;
  /** The roll call as the turn first read it. */
  snapshot: RollCallSnapshot;
  /** A check-in's rows as read: with the walk row. */
  rows?: CardRows;
}

/** What an action did: a notice for the presser, and whether the posted card must be updated. */
interface Outcome {
  text: string;
  changed: boolean;
  /** The action stored nothing, so the turn's first read still shows the roll call. */
  readOnly?: boolean;
}

type Action = (target: CardTarget, turn: TurnContext) => Promise<Outcome | undefined>;

const field = (data: CardData, name: string) => (typeof data[name] === "string" ? (data[name] as string) : undefined);

/**
 * The pressed card's meeting (when it is this chat's), the presser's membership, and the roll call as read.
 *
 * The chat's meeting is found the way meetingOfChat finds it, but without posting anything in the chat: in an
 * invoke, every answer belongs on the card of the person who pressed. Then the network's directory and the
 * meeting's rows are read at once (the membership comes from the member list), once for the whole turn. A
 * check-in, pressed by everyone at once, takes the chat's meeting row and the directory as read recently
 * (`recentWhere`, `Directory.recentView`), and the meeting's rows with the walk row as this process last read
 * and changed them (`RECENT_ROLL_CALL_MS`): the write that follows is checked against the stored row (eTag,
 * or created only if absent) and claims the activity, so rows from a moment ago change no outcome, and the
 * card in the answer is drawn by the update that follows the write.
 */
export async function rollCallTargetOf(turn: TurnContext, ctx: BotContext, data: CardData, hot: boolean): Promise<Omit<CardTarget, "language" | "data"> | undefined> {
  const meeting = await cardMeetingRowInChat(turn, ctx, String(data.meetingId ?? ""), [], { recent: hot });
  if (!meeting) return undefined;
  const { directory } = ctx.services;
  const networkId = meeting.value.networkId;
  const [view, rows] = await Promise.all([
    hot
      ? directory.recentView(networkId)
      : Promise.all([directory.network(networkId), directory.organisations(networkId), directory.members(networkId)]).then(([network, organisations, members]) => ({ network, organisations, members })),
    hot
      ? ctx.stores.meetingPartition.read(meeting.value.id, CARD_ROW_KINDS, { recent: RECENT_ROLL_CALL_MS })
      : ctx.stores.meetingPartition.read(meeting.value.id, ["answers", "attendance", "agenda", "rollCalls"]),
  ]);
  const known: KnownMeeting = { meeting, ...view };
  const member = view.members.find((m) => m.aadObjectId === (turn.activity.from.aadObjectId ?? ""));
  return { meeting: meeting.value, member: member?.active ? member : undefined, known, snapshot: snapshotOf(known, rows), ...(hot ? { rows: rows as CardRows } : {}) };
}

/** The presser's membership, or the polite refusal that tells a non-member the chair can add them as a guest. */
function requireMember(target: CardTarget): Member {
  if (!target.member) throw forbidden("not_a_member", rollCallTexts.sv.notAMember, rollCallTexts.en.notAMember);
  return target.member;
}


/**
 * The person a mark press names: the card's choice (`personId`), or, from a card posted before the choice
 * existed, the typed name. An empty or unknown choice is refused and changes nothing.
 */
function personOnCard(data: CardData, snapshot: RollCallSnapshot): PersonRef {
  const personId = field(data, "personId")?.trim();
  if (personId === undefined && field(data, "name") !== undefined) {
    return findPersonByName(cleanName(field(data, "name"), { sv: "ett namn", en: "a name" }), candidatesOf(snapshot));
  }
  if (!personId) throw invalid("person_missing", "Välj en person i listan.", "Choose a person in the list.");
  const person = chosenPerson(snapshot, personId);
  if (!person) throw invalid("person_not_found", "Personen finns inte längre i listan. Välj igen.", "That person is no longer in the list. Choose again.");
  return person;
}

/** Registers the roll-call card's Universal Actions; each answers with the current card for the presser. */
export function registerRollCallActions(ctx: BotContext, deps: RollCallServices): void {
  const { rollCalls, writes, cards } = deps;

  const on = (verb: string, action: Action) => {
    ctx.app.adaptiveCards.actionExecute<CardData>(verb, async (turn, _state, data) => {
      const found = await rollCallTargetOf(turn, ctx, data ?? {}, verb === ROLL_CALL_VERBS.checkIn);
      if (!found) return replyWithCard(turn, cardActionRefusedCard(rollCallTexts[languageOf(turn.activity.locale)].otherMeeting));
      // A refresh is this viewer's own view, in their Teams language; any other press is answered with the
      // shared card everyone sees in the chat (the network's language, every control), so that the answer is
      // right for whoever sees it next and never changes language against the card's updates.
      const personal = verb === ROLL_CALL_VERBS.refresh;
      const language = personal ? languageOf(turn.activity.locale) : found.known.network.language;
      const target: CardTarget = { ...found, language, data: data ?? {} };
      // Check-ins that arrive together are shown by one update of the chat's card.
      const written = verb === ROLL_CALL_VERBS.checkIn ? cards.writing(target.meeting.id) : undefined;
      let outcome: Outcome | undefined;
      let failed = false;
      try {
        outcome = await action(target, turn);
      } catch (error) {
        failed = true;
        if (!isAppError(error)) throw error;
        outcome = { text: error.text[language], changed: false };
      } finally {
        written?.();
      }
      const unchanged = (!failed && outcome === undefined) || outcome?.readOnly === true;
      const snapshot = outcome?.changed
        ? await cards.update(target.meeting.id, target.known)
        : unchanged ? target.snapshot : await rollCalls.snapshot(target.meeting.id, target.known);
      const controls = !personal || Boolean(target.member && may(target.member, "mark-attendance", target.meeting));
      const notice = outcome ? { text: outcome.text, good: !failed } : undefined;
      return replyWithCard(turn, rollCallCard(snapshot, { language, controls, notice }));
    });
  };

  on(ROLL_CALL_VERBS.refresh, async () => undefined);

  on(ROLL_CALL_VERBS.open, async (target, turn) => {
    const member = requireMember(target);
    await rollCalls.open(target.meeting, member, turn.activity.conversation.id);
    await cards.post(turn, await rollCalls.snapshot(target.meeting.id));
    return { text: rollCallTexts[target.language].opened, changed: false };
  });

  on(ROLL_CALL_VERBS.checkIn, async (target, turn) => {
    const member = requireMember(target);
    const rows = target.rows!;
    const row = rows.attendance.find((r) => r.value.personId === member.aadObjectId) ?? null;
    const { changed, repeated } = await writes.checkIn(target.meeting, member, {
      state: target.snapshot.state, organisations: target.known.organisations, row, activityId: turn.activity.id,
    });
    const t = rollCallTexts[target.language];
    // A repeated delivery says what the first one said; the card it shows is read again.
    if (repeated) return { text: t.checkedIn(member.displayName), changed: false };
    if (!changed) return { text: t.alreadyCheckedIn, changed, readOnly: true };
    return { text: t.checkedIn(member.displayName), changed };
  });

  on(ROLL_CALL_VERBS.mark, async (target) => {
    const record = await writes.markWith(target.meeting, requireMember(target), (snapshot) => {
      const status = field(target.data, "status");
      if (status !== "present" && status !== "absent") throw invalid("invalid_status", "Okänd markering.", "Unknown mark.");
      const items = parseItemNumbers(field(target.data, "items"));
      return { person: personOnCard(target.data, snapshot), status, items };
    });
    return { text: rollCallTexts[target.language].marked(record), changed: true };
  });

  on(ROLL_CALL_VERBS.guest, async (target) => {
    const record = await writes.markWith(target.meeting, requireMember(target), (snapshot) => {
      const items = parseItemNumbers(field(target.data, "guestItems"));
      const name = cleanName(field(target.data, "guestName"), { sv: "gästens namn", en: "the guest's name" });
      const organisation = cleanName(field(target.data, "guestOrganisation"), { sv: "gästens organisation", en: "the guest's organisation" });
      return { person: guestPerson(name, organisation, snapshot.organisations), status: "present", items };
    });
    return { text: rollCallTexts[target.language].marked(record), changed: true };
  });

  on(ROLL_CALL_VERBS.undo, async (target) => {
    const entry = await rollCalls.undo(target.meeting, requireMember(target));
    return { text: rollCallTexts[target.language].undone(entry), changed: true };
  });

  on(ROLL_CALL_VERBS.close, async (target) => {
    await rollCalls.close(target.meeting, requireMember(target));
    const snapshot = await cards.update(target.meeting.id);
    await ctx.notifier.sendToChat(snapshot.rollCall?.conversationId ?? "", MessageFactory.attachment(CardFactory.adaptiveCard(rollCallResultCard(snapshot, snapshot.network.language))));
    return { text: rollCallTexts[target.language].closed, changed: true };
  });
}
