import assert from "node:assert/strict";
import { cardAction, personalConversation, personalInstall, type TeamsUser } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { teamsUser, users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { testMeeting, updateMeeting } from "../../helpers/round-table-fixtures";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("group dialogues: questions and groups, scribes' notes, gathered into the minutes", () => {
  let server: TestServer;
  let connector: FakeConnector;
  const meetingId = "dialogue-meeting";
  const chair = users.chair().aadObjectId;
  const secretary = users.secretary().aadObjectId;
  const coordinator = users.coordinator().aadObjectId;
  const elin = users.aleMember();
  const ida = users.molndalMember();
  const fatima = teamsUser("Fatima Nordin").aadObjectId;
  const path = `/meetings/${meetingId}/dialogues`;
  const setupBody = {
    questions: ["Hur påverkas våra verksamheter av ett minskat mottagande?", "Vilka insatser skulle gynnas av ökad samverkan inom GR?"],
    groups: [{ name: "Grupprum 1", scribeIds: [elin.aadObjectId] }, { name: "Grupprum 2", scribeIds: [ida.aadObjectId] }],
  };
  const cardsTo = (user: TeamsUser) => connector.sentTo(`a:personal-${user.aadObjectId}`).map((a) => cardOf(a)!);
  const notes = (user: string, group: string, text: string, etag?: string) =>
    api(server.url, `${path}/2/groups/${group}/notes`, { user, method: "PUT", body: { text }, headers: etag ? { "If-Match": etag } : {} });

  before(async () => {
    server = await startTestServer({ env: { OUTBOX_CHECK_SECONDS: "0" } });
    connector = new FakeConnector();
    await connector.start();
    await server.stores.meetings.create(testMeeting(meetingId, new Date(Date.now() - 3600_000).toISOString(), { status: "in-progress" }));
    for (const [number, title] of ["Inledning", "Dialog i mindre grupper", "Övriga punkter"].entries()) {
      await server.stores.agenda.create({ meetingId, number: number + 1, title, presenters: [], decisions: [], actions: [] });
    }
    for (const user of [elin, ida]) await sendActivity(server.url, personalInstall(user, { serviceUrl: connector.url }));
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it("refuses the setup from a member and from the secretary; refuses bad input; changes nothing", async () => {
    assert.equal((await api(server.url, `${path}/2`, { user: fatima, method: "PUT", body: setupBody })).status, 403);
    assert.equal((await api(server.url, `${path}/2`, { user: secretary, method: "PUT", body: setupBody })).status, 403);
    assert.equal((await api(server.url, `${path}/2`, { user: chair, method: "PUT", body: { ...setupBody, questions: [] } })).body.error.code, "dialogue_questions_missing");
    assert.equal((await api(server.url, `${path}/9`, { user: chair, method: "PUT", body: setupBody })).status, 404);
    assert.equal((await api(server.url, `${path}/x`, { user: chair, method: "PUT", body: setupBody })).body.error.code, "invalid_item_number");
    const stranger = await api(server.url, `${path}/2`, { user: chair, method: "PUT", body: { ...setupBody, groups: [{ name: "Rum", scribeIds: ["99999999-0000-4000-8000-000000000999"] }] }, headers: { "Accept-Language": "en" } });
    assert.equal(stranger.body.error.message, "A scribe is not a member of the network.");
    assert.deepEqual(await server.stores.dialogueSetups.list(meetingId), []);
  });

  it("the chair sets questions and groups; each scribe gets a 1:1 card with the questions", async () => {
    const res = await api(server.url, `${path}/2`, { user: chair, method: "PUT", body: setupBody });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.setup.groups.map((g: { id: string }) => g.id), ["g1", "g2"]);
    await server.app.services.outbox.deliverDue(new Date(Date.now() + 1000));
    await connector.waitFor(() => cardsTo(elin).length > 0 && cardsTo(ida).length > 0);
    assert.match(cardText(cardsTo(ida)[0]), /Anteckningar för Grupprum 2/);
    assert.match(cardText(cardsTo(ida)[0]), /minskat mottagande/);
  });

  it("only a group's scribe (or chair, secretary, coordinator) writes its notes; eTag-checked", async () => {
    assert.equal((await notes(ida.aadObjectId, "g1", "Inte min grupp")).status, 403);
    assert.equal((await notes(fatima, "g1", "Inte min grupp")).status, 403);
    const first = await notes(elin.aadObjectId, "g1", "- Samordna praktikplatser\n- Gemensam SFI-kö");
    assert.equal(first.status, 200);
    const blind = await notes(elin.aadObjectId, "g1", "Utan eTag");
    assert.equal(blind.status, 409);
    const stale = await notes(secretary, "g1", "Gammal version", 'W/"datetime\'2000-01-01T00%3A00%3A00Z\'"');
    assert.equal(stale.body.error.code, "concurrent_update");
    assert.equal(stale.body.error.current.text, "- Samordna praktikplatser\n- Gemensam SFI-kö");
    assert.equal((await notes(elin.aadObjectId, "g9", "Okänd grupp")).body.error.code, "dialogue_group_not_found");
  });

  it("a scribe saves notes on the 1:1 card; a save over a newer version keeps the typed text", async () => {
    const data = (cardsTo(ida)[0]!.actions as { data: Record<string, unknown> }[])[0]!.data;
    const save = async (text: string, etag: unknown) =>
      (await sendActivity(server.url, cardAction(ida, personalConversation(ida), "dialogue.notes", { ...data, etag, text }, { serviceUrl: connector.url }))).body as { value: Record<string, unknown> };
    const saved = await save("Färre platser på boenden\nSFI på distans fungerar", "");
    assert.match(cardText(saved.value), /Sparat\./);
    const stale = await save("Skriver över", "");
    assert.match(cardText(stale.value), /Någon annan har sparat/);
    assert.match(JSON.stringify(stale.value), /Skriver över/);
    assert.equal((await server.app.services.dialogues.notesOf((await server.app.services.meetings.get(meetingId)).value, 2, "g2"))!.value.text, "Färre platser på boenden\nSFI på distans fungerar");
  });

  it("shows notes only to those who may write them", async () => {
    const asFatima = await api(server.url, path, { user: fatima });
    assert.equal(asFatima.status, 200);
    assert.ok(asFatima.body.dialogues[0].groups.every((g: { notes?: unknown }) => g.notes === undefined));
    const asElin = await api(server.url, path, { user: elin.aadObjectId });
    assert.deepEqual(asElin.body.dialogues[0].groups.map((g: { notes?: unknown }) => g.notes !== undefined), [true, false]);
    const asSecretary = await api(server.url, path, { user: secretary });
    assert.equal(asSecretary.body.mayGather, true);
    assert.deepEqual(asSecretary.body.dialogues[0].groups.map((g: { notes?: unknown }) => g.notes !== undefined), [true, true]);
  });

  it("the secretary gathers 'Utdrag ur dialogerna' into the item's draft minutes, audited; a scribe may not", async () => {
    assert.equal((await api(server.url, `${path}/2/gather`, { user: elin.aadObjectId, method: "POST" })).status, 403);
    const res = await api(server.url, `${path}/2/gather`, { user: secretary, method: "POST" });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.item.notes, [
      "Nätverket samtalar i mindre grupper utifrån frågorna:",
      "• Hur påverkas våra verksamheter av ett minskat mottagande?",
      "• Vilka insatser skulle gynnas av ökad samverkan inom GR?",
      "",
      "Utdrag ur dialogerna:",
      "• Samordna praktikplatser",
      "• Gemensam SFI-kö",
      "• Färre platser på boenden",
      "• SFI på distans fungerar",
    ].join("\n"));
    const minutes = await api(server.url, `/meetings/${meetingId}/minutes`, { user: secretary });
    assert.match(JSON.stringify(minutes.body), /Utdrag ur dialogerna/);
    const audit = await api(server.url, `/audit?meetingId=${meetingId}`, { user: coordinator });
    assert.ok(audit.body.entries.some((e: { action: string; target: string; actorName: string }) => e.action === "minutes.edit" && e.target === "2" && e.actorName === "Emma Strand"));
  });

  it("gathering again keeps the secretary's own text and replaces the earlier part", async () => {
    const item = (await server.stores.agenda.get(meetingId, "0002"))!;
    const edited = await api(server.url, `/meetings/${meetingId}/minutes/items/2`, { user: secretary, method: "PUT", body: { notes: `Samtalen leddes av Lena.\n\n${item.value.notes}` }, headers: { "If-Match": item.etag } });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const etag = (await api(server.url, path, { user: elin.aadObjectId })).body.dialogues[0].groups[0].notes.etag;
    assert.equal((await notes(elin.aadObjectId, "g1", "Samordna praktikplatser", etag)).status, 200);
    const res = await api(server.url, `${path}/2/gather`, { user: secretary, method: "POST" });
    assert.ok(res.body.item.notes.startsWith("Samtalen leddes av Lena.\n\nNätverket samtalar"));
    assert.ok(!res.body.item.notes.includes("Gemensam SFI-kö"));
    assert.equal(res.body.item.notes.match(/Utdrag ur dialogerna/g).length, 1);
  });

  it("after publishing, neither notes nor gathering change anything", async () => {
    await updateMeeting(server.stores, meetingId, { status: "published" });
    const before = (await server.stores.agenda.get(meetingId, "0002"))!.value.notes;
    assert.equal((await api(server.url, `${path}/2/gather`, { user: secretary, method: "POST" })).body.error.code, "minutes_published");
    const etag = (await api(server.url, path, { user: elin.aadObjectId })).body.dialogues[0].groups[0].notes.etag;
    assert.equal((await notes(elin.aadObjectId, "g1", "För sent", etag)).status, 409);
    assert.equal((await server.stores.agenda.get(meetingId, "0002"))!.value.notes, before);
  });
});
