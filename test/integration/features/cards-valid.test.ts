import { createApp } from "../../../bot/src/app";
import assert from "node:assert/strict";
import pino from "pino";
import { loadConfig } from "../../../bot/src/config";
import { PAST_MEETING_ID, pastMeeting, pastRoundTable, upcomingAgenda, upcomingMeeting } from "../../../bot/src/demo/demo-meetings";
import { demoMembers, demoNetwork, demoOrganisations } from "../../../bot/src/demo/demo-network";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { summarizeAnswers } from "../../../bot/src/domain/answer-summary";
import { Directory } from "../../../bot/src/register/directory";
import type { RollCallSnapshot } from "../../../bot/src/roll-call/roll-call-service";
import type { BoardSnapshot } from "../../../bot/src/round-table/round-table-board";
import { draftDocument, MinutesData } from "../../../bot/src/minutes/minutes-data";
import type { Stores } from "../../../bot/src/storage/repository";
import type { CommandRegistry } from "../../../bot/src/teams/commands";
import { cardMessage, noticeCard } from "../../../bot/src/shared/card-parts";
import { helpCard } from "../../../bot/src/teams/help-card";
import { invitationCard } from "../../../bot/src/invitations/invitation-card";
import { cardActionRefusedCard, meetingChoiceCard, meetingLinkedCard } from "../../../bot/src/meeting-link/meeting-choice-card";
import { minutesApprovalCard, minutesNoticeCard } from "../../../bot/src/minutes/minutes-approval-card";
import { minutesPublishedCard } from "../../../bot/src/minutes/minutes-published-card";
import { rollCallCard } from "../../../bot/src/roll-call/roll-call-card";
import { rollCallResultCard } from "../../../bot/src/roll-call/roll-call-result";
import { roundTableAskCard } from "../../../bot/src/round-table/round-table-ask-card";
import { roundTableWalkCard } from "../../../bot/src/round-table/round-table-walk-card";
import { answerSummaryCard } from "../../../bot/src/invitations/answer-summary-card";
import { chooseMeetingCard } from "../../../bot/src/invitations/invitations-feature";
import { coordinatorJoinCard, decidedJoinCard, joinOfferCard } from "../../../bot/src/register/join-cards";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

// The browser build of the renderer's object model; it parses and validates without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require("adaptivecards/dist/adaptivecards.js") as typeof import("adaptivecards");

// Teams refuses bot messages over about 28 KB; a user-specific refresh lists at most 60 users.
const TEAMS_MESSAGE_LIMIT = 28_000;
const MAX_REFRESH_USERS = 60;

/** Problems of a card: the Adaptive Cards 1.5 parser's and validator's reports, and Teams' limits. */
function problemsOf(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (card.version !== "1.5") problems.push(`version ${String(card.version)}, expected 1.5`);
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  const bytes = Buffer.byteLength(JSON.stringify(cardMessage(card as never)));
  if (bytes > TEAMS_MESSAGE_LIMIT) problems.push(`${bytes} bytes, over Teams' ${TEAMS_MESSAGE_LIMIT}`);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (element.type === "Action.Execute") {
      if (typeof element.verb !== "string" || element.verb === "") problems.push(`Action.Execute "${String(element.title)}" without a verb`);
      if (!element.data || typeof element.data !== "object") problems.push(`Action.Execute "${String(element.title)}" without data`);
    }
    Object.values(element).forEach(walk);
  };
  walk(card);
  const userIds = (card.refresh as { userIds?: unknown[] } | undefined)?.userIds;
  if (userIds && userIds.length > MAX_REFRESH_USERS) problems.push(`refresh.userIds has ${userIds.length} entries`);
  return problems;
}

describe("every card the bot sends (Adaptive Card 1.5 and Teams' limits)", function () {
  this.timeout(60_000);
  let storage: TestStorage;
  let stores: Stores;
  let rollCall: RollCallSnapshot;
  let board: BoardSnapshot;
  let commands: CommandRegistry;
  const now = new Date("2027-02-01T12:00:00Z");
  const upcoming = upcomingMeeting(now);
  const long = "Å".repeat(1000);

  before(async () => {
    storage = await startTestStorage();
    stores = storage.stores;
    await seedDemoData(stores, { now: () => now });
    const config = loadConfig({ STORAGE_CONNECTION_STRING: storage.connectionString, LOG_LEVEL: "silent" }, undefined);
    const app = createApp(config, { stores, logger: pino({ level: "silent" }), clock: { now: () => now } });
    rollCall = await app.services.rollCall.rollCalls.snapshot(PAST_MEETING_ID);
    board = await app.services.roundTable.board.snapshot(pastMeeting);
    commands = app.bot.commands;
  });

  after(() => storage?.stop());

  const cards = (): [string, Record<string, unknown>][] => {
    const rsvp = { memberId: demoMembers[2]!.aadObjectId, answer: "substitute" as const, substituteName: "Per Dahlgren", comment: long, answeredAt: now.toISOString(), channel: "card" as const };
    const invitation = { meeting: upcoming, agenda: upcomingAgenda, networkName: demoNetwork.name, memberId: rsvp.memberId, calendarUrl: "https://example.org/cal.ics", chairName: "Lena Forsberg", secretaryName: "Emma Strand", now };
    const summary = summarizeAnswers({ members: demoMembers, organisations: demoOrganisations, answers: [rsvp] });
    const entry = pastRoundTable[0]!;
    const ale = demoOrganisations[0]!;
    const minutes = { language: "sv" as const, meetingId: PAST_MEETING_ID, meetingTitle: pastMeeting.title, date: "2025-03-12", items: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, title: "Aktuellt läge", lines: [{ kind: "text" as const, inlines: [{ text: long }] }, { kind: "bullet" as const, inlines: [{ text: "Beslut", bold: true }] }] })), link: "https://example.org/m", approved: false, published: false };
    const joinRequest = { networkId: demoNetwork.id, aadObjectId: "x", displayName: "Kim Utomstående", email: "kim@example.org", organisationId: "ale", note: long.slice(0, 1000), status: "pending" as const, requestedAt: now.toISOString(), channel: "bot" as const };
    const list: [string, Record<string, unknown>][] = [];
    for (const language of ["sv", "en"] as const) {
      list.push(
        [`help (${language})`, helpCard(language, commands.all(), "vad gör du")],
        [`invitation to answer (${language})`, invitationCard({ ...invitation, language })],
        [`invitation answered (${language})`, invitationCard({ ...invitation, language, rsvp })],
        [`invitation being changed (${language})`, invitationCard({ ...invitation, language, rsvp, mode: "edit", error: "Fel" })],
        [`invitation after the start (${language})`, invitationCard({ ...invitation, language, rsvp, now: new Date(upcoming.endUtc) })],
        [`answers summary (${language})`, answerSummaryCard(upcoming, summary, language, now)],
        [`roll call, shared (${language})`, rollCallCard(rollCall, { language, controls: true })],
        [`roll call, a member's view with a notice (${language})`, rollCallCard(rollCall, { language, controls: false, notice: { text: "Välkommen!", good: true } })],
        [`roll-call result (${language})`, rollCallResultCard(rollCall, language)],
        [`walk, shared (${language})`, roundTableWalkCard(board, language, { refresh: true })],
        [`walk, a member's view (${language})`, roundTableWalkCard(board, language, { viewer: { mayRun: false, mayToggleAgencies: false, editableOrganisationIds: ["ale"] }, notice: { message: "Fel", isError: true, keptText: { organisationId: "ale", text: long } } })],
        [`round-table ask (${language})`, roundTableAskCard({ meeting: upcoming, organisation: ale, questions: ["Hur ser mottagandet ut?", "Vad händer framåt?"], current: { entry, etag: "e" }, previous: { meeting: pastMeeting, entry }, reminder: true }, language)],
        [`meeting choice (${language})`, meetingChoiceCard(language, [pastMeeting, upcoming])],
        [`invitation meeting choice (${language})`, chooseMeetingCard([upcoming, { ...upcoming, id: "second", title: long.slice(0, 200) }], language)],
        [`meeting linked (${language})`, meetingLinkedCard(language, upcoming)],
        [`join offer (${language})`, joinOfferCard(language, [{ id: demoNetwork.id, name: demoNetwork.name, organisations: demoOrganisations }], "Fel")],
        [`join offer, several networks (${language})`, joinOfferCard(language, [{ id: "a", name: "A", organisations: [] }, { id: "b", name: "B", organisations: [] }])],
        [`join request to the coordinator (${language})`, coordinatorJoinCard(language, joinRequest, demoNetwork.name, "Ale")],
        [`join request decided (${language})`, decidedJoinCard(language, { ...joinRequest, status: "approved" }, demoNetwork.name, "Johan Berg", "Ale")],
        [`minutes approval (${language})`, minutesApprovalCard({ ...minutes, language, notice: { text: "Godkänt", attention: false } })],
      );
    }
    return list;
  };

  it("parses and validates each card, within Teams' size, with verb and data on every Action.Execute and at most 60 refresh users", async () => {
    const document = draftDocument(await new MinutesData(stores, new Directory(stores), { now: () => now }).load(pastMeeting));
    const all: [string, Record<string, unknown>][] = [
      ...cards(),
      ["minutes published", minutesPublishedCard({ document, version: 2, changeNote: "Rättat stavfel", link: "https://example.org/m" })],
      ["minutes notice", minutesNoticeCard("Anteckningarna är godkända.")],
      ["notice", noticeCard("Mötet är inställt.")],
      ["refused action", cardActionRefusedCard("Kortet hör till ett annat möte.")],
    ];
    assert.ok(all.length >= 30);
    const failures = all.flatMap(([name, card]) => problemsOf(card).map((p) => `${name}: ${p}`));
    assert.deepEqual(failures, []);
  });

  it("reports a card that breaks the rules (the check can fail)", () => {
    const bad = { type: "AdaptiveCard", version: "1.5", body: [{ type: "Bogus" }, { type: "Input.Text", id: "a" }, { type: "Input.Text", id: "a" }], actions: [{ type: "Action.Execute", title: "x" }], refresh: { userIds: Array.from({ length: 61 }, (_, i) => String(i)) } };
    const problems = problemsOf(bad).join("\n");
    assert.match(problems, /Unknown element type "Bogus"/);
    assert.match(problems, /Duplicate Id "a"/);
    assert.match(problems, /without a verb/);
    assert.match(problems, /without data/);
    assert.match(problems, /refresh.userIds has 61/);
    assert.match(problemsOf({ ...bad, body: [{ type: "TextBlock", text: "Ö".repeat(30_000) }] }).join("\n"), /over Teams' 28000/);
  });
});
