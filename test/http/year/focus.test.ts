import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { stockholmParts } from "../../../bot/src/domain/time";
import { cardAction, personalConversation, personalInstall, type TeamsUser } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { testMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const DAY = 86_400_000;
const municipalities = ["ale", "alingsas", "goteborg", "harryda", "kungsbacka", "kungalv", "lerum", "lilla-edet", "molndal", "partille", "stenungsund", "tjorn", "ockero"];

describe("Kommun i fokus: rotation, 1:1 ask and the agenda item", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const meetingId = "focus-meeting";
  const coordinator = users.coordinator().aadObjectId;
  const ida = users.molndalMember();
  const elin = users.aleMember();
  const cardsTo = (user: TeamsUser) => connector.sentTo(`a:personal-${user.aadObjectId}`).map((a) => cardOf(a)!);
  const press = async (user: TeamsUser, data: Record<string, unknown>, id?: string) => {
    const res = await sendActivity(server.url, cardAction(user, personalConversation(user), "focus.answer", { meetingId, ...data }, { serviceUrl: connector.url, ...(id ? { id } : {}) }));
    return (res.body as { value: Record<string, unknown> }).value;
  };
  const agendaTitles = async () => (await server.stores.agenda.list(meetingId)).map((r) => r.value).sort((a, b) => a.number - b.number).map((i) => i.title);

  before(async () => {
    server = await startTestServer({ env: { OUTBOX_CHECK_SECONDS: "0" } });
    connector = new FakeConnector();
    await connector.start();
    await server.stores.meetings.create(testMeeting(meetingId, new Date(Date.now() + 10 * DAY).toISOString()));
    for (const [number, title] of ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Övriga punkter"].entries()) {
      await server.stores.agenda.create({ meetingId, number: number + 1, title, presenters: [], decisions: [], actions: [] });
    }
    for (const user of [ida, elin]) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("records earlier presentations (coordinator) and proposes the municipality longest since its turn", async () => {
    const dates = municipalities.map((_, i) => `2024-${String(i % 12 + 1).padStart(2, "0")}-1${i % 9}`);
    dates[municipalities.indexOf("molndal")] = "2023-05-10";
    for (const [i, organisationId] of municipalities.entries()) {
      const res = await api(server.url, "/focus/history", { user: coordinator, method: "POST", body: { organisationId, date: dates[i], topic: "Verksamheten", presenters: ["Någon"] } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
    const overview = await api(server.url, "/focus", { user: elin.aadObjectId });
    assert.equal(overview.status, 200);
    assert.equal(overview.body.proposal.organisationId, "molndal");
    assert.equal(overview.body.proposal.lastPresented, "2023-05-10");
    assert.equal(overview.body.rotation.length, 13);
  });

  it("refuses recording for a member, and a bad date, changing nothing", async () => {
    const before = (await server.stores.focusTurns.list(DEMO_NETWORK_ID)).length;
    assert.equal((await api(server.url, "/focus/history", { user: elin.aadObjectId, method: "POST", body: { organisationId: "ale", date: "2024-01-10" } })).status, 403);
    const bad = await api(server.url, "/focus/history", { user: coordinator, method: "POST", body: { organisationId: "ale", date: "10/1/2024" }, headers: { "Accept-Language": "en" } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /The field "date" is wrong/);
    assert.equal((await server.stores.focusTurns.list(DEMO_NETWORK_ID)).length, before);
  });

  it("asks the organisation's members 1:1 through the outbox, once however often the coordinator asks", async () => {
    const first = await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: "molndal" } });
    assert.equal(first.status, 202, JSON.stringify(first.body));
    assert.equal(first.body.queued, 1);
    const again = await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: "molndal" } });
    assert.equal(again.body.queued, 0);
    await server.app.services.outbox.deliverDue(new Date(Date.now() + 1000));
    await connector.waitFor(() => cardsTo(ida).length > 0);
    assert.equal(cardsTo(ida).length, 1);
    assert.match(cardText(cardsTo(ida)[0]), /Vill Mölndal vara i fokus\?/);
    assert.match(cardText(cardsTo(ida)[0]), /Ni presenterade senast 2023-05-10/);
    const proposal = (await api(server.url, "/focus", { user: coordinator })).body.proposal;
    assert.notEqual(proposal.organisationId, "molndal", "an asked organisation is not proposed again");
  });

  it("refuses an ask from a member, for an agency, and for a meeting already held", async () => {
    assert.equal((await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: ida.aadObjectId, method: "POST", body: { organisationId: "molndal" } })).status, 403);
    const agency = await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: "arbetsformedlingen" } });
    assert.equal(agency.body.error.code, "not_a_municipality");
    assert.equal((await api(server.url, "/meetings/demo-2025-03-12/focus/ask", { user: coordinator, method: "POST", body: { organisationId: "lerum" } })).body.error.code, "meeting_not_upcoming");
    assert.equal((await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: "molndal", extra: 1 } })).status, 400);
  });

  it("refuses another organisation's member pressing the card, and an acceptance without topic", async () => {
    const other = await press(elin, { organisationId: "molndal", choice: "accept", topic: "Något", presenters: "Elin Bergqvist" });
    assert.match(cardText(other), /Bara organisationens egna medlemmar/);
    const empty = await press(ida, { organisationId: "molndal", choice: "accept", topic: "", presenters: "Ida Holm" });
    assert.match(cardText(empty), /Skriv vad ni vill berätta om/);
    assert.deepEqual(await agendaTitles(), ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Övriga punkter"]);
  });

  it("accepting on the card adds 'Mölndal i fokus' with presenters before the closing item, audited, once for a repeated delivery", async () => {
    const id = "f:focus-accept-1";
    const data = { organisationId: "molndal", choice: "accept", topic: "Språkcafé för nyanlända", presenters: "Ida Holm, Sara Lind" };
    const [card, repeat] = await Promise.all([press(ida, data, id), press(ida, data, id)]);
    assert.match(cardText(card), /Punkt 3 "Mölndal i fokus" finns nu på dagordningen/);
    assert.ok(repeat);
    assert.deepEqual(await agendaTitles(), ["Inledning — aktuellt läge i respektive kommun", "Omvärldsbevakning", "Mölndal i fokus", "Övriga punkter"]);
    const item = (await server.stores.agenda.get(meetingId, "0003"))!.value;
    assert.deepEqual(item.presenters, ["Ida Holm", "Sara Lind"]);
    assert.equal(item.description, "Språkcafé för nyanlända");
    const audit = await api(server.url, `/audit?meetingId=${meetingId}&from=${stockholmParts(new Date(Date.now() - DAY)).date}`, { user: coordinator });
    const entry = audit.body.entries.find((e: { action: string }) => e.action === "agenda.replace");
    assert.equal(entry.actorName, "Ida Holm");
    assert.ok(JSON.stringify(entry.changes).includes("Mölndal i fokus"));
  });

  it("the same answer again changes nothing; a different one or another organisation's acceptance is a conflict", async () => {
    const again = await api(server.url, `/meetings/${meetingId}/focus/answer`, { user: ida.aadObjectId, method: "POST", body: { organisationId: "molndal", choice: "accept", topic: "Annat", presenters: ["Ida Holm"] } });
    assert.equal(again.status, 200);
    assert.equal(again.body.turn.topic, "Språkcafé för nyanlända");
    const decline = await api(server.url, `/meetings/${meetingId}/focus/answer`, { user: ida.aadObjectId, method: "POST", body: { organisationId: "molndal", choice: "decline" } });
    assert.equal(decline.status, 409);
    assert.equal(decline.body.error.code, "focus_already_answered");
    const taken = await api(server.url, `/meetings/${meetingId}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: "ale" } });
    assert.equal(taken.body.error.code, "focus_taken");
    assert.equal((await agendaTitles()).filter((t) => t.includes("i fokus")).length, 1);
  });

  it("shows the organisation's history in the tab API, and the accepted turn as booked in the rotation", async () => {
    const history = await api(server.url, "/organisations/molndal/focus", { user: elin.aadObjectId });
    assert.equal(history.status, 200);
    assert.deepEqual(history.body.turns.map((t: { status: string; meetingId?: string }) => [t.status, t.meetingId ?? "earlier"]), [["accepted", meetingId], ["accepted", "earlier"]]);
    const molndal = (await api(server.url, "/focus", { user: elin.aadObjectId })).body.rotation.find((r: { organisationId: string }) => r.organisationId === "molndal");
    assert.equal(molndal.pending.status, "accepted");
    assert.equal((await api(server.url, "/organisations/nowhere/focus", { user: elin.aadObjectId })).status, 404);
  });

  it("a declined ask keeps the organisation out of the proposals for half a year", async () => {
    const other = "focus-meeting-2";
    await server.stores.meetings.create(testMeeting(other, new Date(Date.now() + 40 * DAY).toISOString()));
    const proposal = (await api(server.url, "/focus", { user: coordinator })).body.proposal.organisationId;
    await api(server.url, `/meetings/${other}/focus/ask`, { user: coordinator, method: "POST", body: { organisationId: proposal } });
    const member = (await server.stores.members.list(DEMO_NETWORK_ID)).map((m) => m.value).find((m) => m.organisationId === proposal && m.role === "member")!;
    const declined = await api(server.url, `/meetings/${other}/focus/answer`, { user: member.aadObjectId, method: "POST", body: { organisationId: proposal, choice: "decline" } });
    assert.equal(declined.status, 200);
    const rows = (await api(server.url, "/focus", { user: coordinator })).body;
    assert.notEqual(rows.proposal.organisationId, proposal);
    assert.equal(rows.rotation.find((r: { organisationId: string }) => r.organisationId === proposal).declinedRecently, true);
  });
});
