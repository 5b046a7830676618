import assert from "node:assert/strict";
import { cardNodes, sendActivity } from "../../helpers/bot-client";
import { cardAction, meetingConversation, meetingMessage, searchInvoke, type TeamsUser } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { cardIn, createFictionalMembers, createMeetingNow, withMeetingServer } from "../../helpers/roll-call";
import { CARD_CHOICES_BUDGET } from "../../../bot/src/roll-call/roll-call-choices";
import type { Member } from "../../../bot/src/domain/member";

type Choice = { title: string; value: string };

// Teams counts a message's size in UTF-16 and refuses it over its limit; Microsoft advises staying within 80 KB.
const utf16Bytes = (value: unknown) => JSON.stringify(value).length * 2;
const TEAMS_ADVISED_BYTES = 80_000;

describe("roll call: the chair's person list of a large network (cut to fit the card, the rest found by search)", () => {
  const chatId = "19:meeting_personsearch@thread.v2";
  const teamsMeetingId = "MCpersonsearch";
  const meetingId = "rc-person-search";
  const bed = withMeetingServer(meetingId);
  const chat = meetingConversation(chatId);
  let people: Member[] = [];

  before(async () => {
    // 300 more members, every one of them announced: the card lists them all as expected.
    people = await createFictionalMembers(bed.server.stores, 300);
    for (const m of people) await bed.server.stores.answers.upsert({ meetingId, memberId: m.aadObjectId, answeredAt: "2026-01-01T08:00:00.000Z", channel: "card", answer: "attending" });
    const res = await sendActivity(bed.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: bed.connector.url }));
    assert.equal(res.status, 200);
  });

  const postedActivity = () => bed.connector.updatesIn(chatId).at(-1)?.body ?? bed.connector.sentTo(chatId).at(-1);
  const personInput = () => cardNodes(cardIn(postedActivity())).find((n) => n.type === "Input.ChoiceSet" && n.id === "personId")!;
  const search = (user: TeamsUser, queryText: string, options: { dataset?: string; skip?: number; top?: number; locale?: string } = {}) =>
    sendActivity(bed.server.url, searchInvoke(user, chat, options.dataset ?? `rollcall.people/${meetingId}`, queryText, { serviceUrl: bed.connector.url, teamsMeetingId, ...options }));
  const results = (body: unknown) => {
    const b = body as { type: string; value: { results: Choice[] } };
    assert.equal(b.type, "application/vnd.microsoft.search.searchResponse");
    return b.value.results;
  };
  const refusal = (body: unknown) => body as { statusCode: number; type: string; value: { code: string; message: string } };

  it("keeps the posted card within Teams' advised message size, with as many people as fit and a search for everyone", () => {
    const posted = postedActivity();
    assert.ok(utf16Bytes(posted) < TEAMS_ADVISED_BYTES, `card message ${utf16Bytes(posted)} bytes in UTF-16`);
    const input = personInput();
    const choices = input.choices as Choice[];
    assert.ok(choices.length > 50 && choices.length < people.length, `${choices.length} choices on the card`);
    assert.ok(JSON.stringify(choices).length <= CARD_CHOICES_BUDGET);
    assert.equal(input.style, "filtered");
    assert.deepEqual(input["choices.data"], { type: "Data.Query", dataset: `rollcall.people/${meetingId}` });
    assert.match(String(input.placeholder), /skriv ett namn för att söka/);
    // Those expected come first: the announced members before the demo network's own, who did not answer.
    assert.ok(choices.every((c) => c.title.startsWith("Deltagare")), "the expected people first");
  });

  it("finds a person left off the card by name, and the chair marks them from the result", async () => {
    const onCard = new Set((personInput().choices as Choice[]).map((c) => c.value));
    const person = people.at(-1)!;
    assert.ok(!onCard.has(person.aadObjectId), "the last of them is not on the card");
    const res = await search(users.chair(), "deltagare 300");
    assert.equal(res.status, 200);
    const found = results(res.body);
    assert.equal(found.length, 1);
    assert.match(found[0]!.title, /^Deltagare 300, /);
    assert.equal(found[0]!.value, person.aadObjectId);
    const marked = await sendActivity(bed.server.url, cardAction(users.chair(), chat, "rollcall.mark", { meetingId, status: "present", personId: found[0]!.value }, { serviceUrl: bed.connector.url, teamsMeetingId }));
    assert.equal(marked.status, 200);
    assert.equal((await bed.server.stores.attendance.get(meetingId, person.aadObjectId))?.value.status, "present");
  });

  it("matches every typed word in name or organisation, ignoring case, and pages 15 at a time", async () => {
    const first = results((await search(users.chair(), "HÄRRYDA")).body);
    assert.equal(first.length, 15);
    assert.ok(first.every((c) => c.title.endsWith(", Härryda")), "only Härryda's people");
    const next = results((await search(users.chair(), "härryda", { skip: 15, top: 50 })).body);
    assert.ok(next.length > 0 && next.length <= 15);
    assert.ok(next.every((c) => !first.some((f) => f.value === c.value)), "the next page has others");
    assert.deepEqual(results((await search(users.chair(), "deltagare 300 alingsås")).body), [], "both words must match");
  });

  it("lets the meeting's secretary search too", async () => {
    assert.equal(results((await search(users.secretary(), "deltagare 300")).body).length, 1);
  });

  it("refuses a member who may not mark attendance, naming nobody", async () => {
    const res = await search(users.aleMember(), "deltagare");
    assert.equal(res.status, 200);
    const body = refusal(res.body);
    assert.equal(body.statusCode, 403);
    assert.equal(body.type, "application/vnd.microsoft.error");
    assert.match(body.value.message, /Bara samordnaren eller mötets ordförande\/sekreterare/);
    assert.doesNotMatch(JSON.stringify(res.body), /Deltagare \d/);
    assert.match(refusal((await search(users.aleMember(), "deltagare", { locale: "en-US" })).body).value.message, /Only the coordinator/);
  });

  it("refuses a search for another meeting than the chat's, and a dataset without a meeting", async () => {
    await createMeetingNow(bed.server.stores, "rc-person-search-other");
    for (const dataset of ["rollcall.people/rc-person-search-other", "rollcall.people/"]) {
      const body = refusal((await search(users.chair(), "deltagare", { dataset })).body);
      assert.equal(body.statusCode, 403, dataset);
      assert.match(body.value.message, /annat möte än den här chattens/);
    }
  });

  it("refuses a search text over 100 characters and an invalid page, with a clear message", async () => {
    const long = refusal((await search(users.chair(), "a".repeat(101))).body);
    assert.equal(long.statusCode, 400);
    assert.match(long.value.message, /högst 100 tecken/);
    const paging = refusal((await search(users.chair(), "deltagare", { skip: -1 })).body);
    assert.equal(paging.statusCode, 400);
    assert.match(paging.value.message, /ogiltig del av listan/);
  });
});
