import assert from "node:assert/strict";
import { api } from "../helpers/bot-client";
import { users } from "../helpers/demo-users";
import { startTestServer, type TestServer } from "../helpers/test-server";

const PAST = "demo-2025-03-12";
const path = `/meetings/${PAST}/minutes`;
const secretary = () => users.secretary().aadObjectId;
const coordinator = () => users.coordinator().aadObjectId;
const member = () => users.aleMember().aadObjectId;

async function etagOf(server: TestServer, number: number): Promise<string> {
  const res = await api(server.url, path, { user: secretary() });
  return res.body.items.find((i: { number: number }) => i.number === number).etag;
}

async function putItem(server: TestServer, number: number, body: unknown, options: { user?: string; etag?: string | null } = {}) {
  const etag = options.etag === undefined ? await etagOf(server, number) : options.etag;
  return api(server.url, `${path}/items/${number}`, { user: options.user ?? secretary(), method: "PUT", body, headers: etag === null ? {} : { "If-Match": etag } });
}

async function notesOf(server: TestServer, number: number): Promise<string> {
  return (await server.stores.agenda.get(PAST, String(number).padStart(4, "0")))!.value.notes ?? "";
}

describe("minutes API: reading and editing a draft", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("gives the secretary the generated draft with every item and its eTag", async () => {
    const res = await api(server.url, path, { user: secretary() });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "draft");
    assert.equal(res.body.version, 0);
    assert.match(res.body.text, /^Nätverket mottagande och integration\n\nAnteckningar 2025-03-12\n/);
    assert.match(res.body.markdown, /^# Nätverket mottagande och integration/);
    assert.equal(res.body.items.length, 5);
    assert.ok(res.body.items.every((i: { etag: string }) => i.etag));
    assert.deepEqual(res.body.permissions, { edit: true, publish: false, nameApprovers: false, approve: false });
  });

  it("lets the chair read the draft but not a member, a stranger or an unknown meeting", async () => {
    assert.equal((await api(server.url, path, { user: users.chair().aadObjectId })).status, 200);
    const refused = await api(server.url, path, { user: member() });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, "minutes_not_published");
    assert.equal((await api(server.url, path, { user: users.stranger().aadObjectId })).body.error.code, "not_a_member");
    assert.equal((await api(server.url, "/meetings/nope/minutes", { user: secretary() })).status, 404);
  });

  it("saves sanitised notes, decisions and actions with If-Match and answers the new eTag", async () => {
    const res = await putItem(server, 3, {
      notes: "Samtal i **grupper** <script>alert(1)</script>[x](javascript:alert(1))",
      decisions: ["Vi ses i maj <b>", " "],
      actions: [{ what: "Skicka bilderna", owner: "GR", due: "2025-04-01" }],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.item.notes, "Samtal i **grupper** x");
    assert.deepEqual(res.body.item.decisions, ["Vi ses i maj"]);
    assert.equal(res.body.item.actions[0].done, false);
    assert.ok(res.body.item.actions[0].id);
    assert.equal(res.body.etag, await etagOf(server, 3));
    const minutes = await api(server.url, path, { user: secretary() });
    assert.ok(minutes.body.text.includes("3. Dialog i mindre grupper\nSamtal i grupper x\n• Vi ses i maj\n• Skicka bilderna (ansvarig: GR, senast 2025-04-01)\n"));
  });

  it("refuses a stale eTag with 409 showing the current version, and keeps the stored text", async () => {
    const etag = await etagOf(server, 4);
    assert.equal((await putItem(server, 4, { notes: "Första versionen" }, { etag })).status, 200);
    const stale = await putItem(server, 4, { notes: "Andra redaktörens text" }, { etag });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "concurrent_update");
    assert.equal(stale.body.error.current.notes, "Första versionen");
    assert.equal(stale.body.error.current.etag, await etagOf(server, 4));
    assert.equal(await notesOf(server, 4), "Första versionen");
  });

  it("lets exactly one of two simultaneous saves with the same eTag win", async () => {
    const etag = await etagOf(server, 2);
    const results = await Promise.all(["A", "B"].map((text) => putItem(server, 2, { notes: text }, { etag })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.item.notes;
    assert.equal(await notesOf(server, 2), winner);
  });

  it("refuses bad input with 400 naming the problem, and changes nothing", async () => {
    const before = await notesOf(server, 4);
    const cases: [unknown, string | null, string][] = [
      [{ notes: "x" }, null, "if_match_required"],
      [{ notes: 5 }, "etag", "invalid_input"],
      [{ notes: "x", colour: "red" }, "etag", "invalid_input"],
      [{ actions: [{ what: "", owner: "GR" }] }, "etag", "invalid_input"],
      [{ actions: [{ what: "x", owner: "GR", due: "1 april" }] }, "etag", "invalid_input"],
      [{ decisions: "inte en lista" }, "etag", "invalid_input"],
    ];
    for (const [body, etag, code] of cases) {
      const res = await putItem(server, 4, body, { etag: etag === null ? null : await etagOf(server, 4) });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.code, code);
      assert.ok(res.body.error.message);
    }
    assert.equal((await api(server.url, `${path}/items/abc`, { user: secretary(), method: "PUT", body: {}, headers: { "If-Match": "x" } })).status, 400);
    assert.equal((await putItem(server, 99, { notes: "x" }, { etag: "x" })).status, 404);
    assert.equal(await notesOf(server, 4), before);
  });

  it("refuses a member and the chair with 403 and changes nothing", async () => {
    for (const user of [member(), users.chair().aadObjectId]) {
      const res = await putItem(server, 4, { notes: "Hackat" }, { user });
      assert.equal(res.status, 403);
    }
    assert.notEqual(await notesOf(server, 4), "Hackat");
  });

  it("stores notes longer than one table property (over 64 KiB) whole", async () => {
    const long = Array.from({ length: 2500 }, (_, i) => `Rad ${i}: åäö ÅÄÖ – anteckning om mottagandet.`).join("\n");
    assert.ok(long.length > 100_000);
    const res = await putItem(server, 5, { notes: long });
    assert.equal(res.status, 200);
    assert.equal(await notesOf(server, 5), long);
    const minutes = await api(server.url, path, { user: secretary() });
    assert.ok(minutes.body.text.includes("Rad 2499: åäö ÅÄÖ – anteckning om mottagandet."));
  });

  it("refuses a 2 MB paste with 413 naming the limit, and keeps the stored notes", async () => {
    const before = await notesOf(server, 1);
    const res = await putItem(server, 1, { notes: "x".repeat(2 * 1024 * 1024) });
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, "too_large");
    assert.match(res.body.error.message, /200000 tecken/);
    assert.equal(await notesOf(server, 1), before);
  });

  it("never loses typed notes when the minutes are generated again from changed attendance and round table", async () => {
    assert.equal((await putItem(server, 1, { notes: "Inskrivet av sekreteraren." })).status, 200);
    await server.stores.roundTable.upsert({ meetingId: PAST, organisationId: "partille", reporterId: "x", reporterName: "Maria Falk", text: "Partille rapporterar sent.", fields: {}, submitted: "after", updatedAt: new Date().toISOString() });
    await server.stores.attendance.upsert({ meetingId: PAST, personId: "00000000-0000-4000-8000-000000000015", name: "Maria Falk", organisationId: "partille", organisationName: "Partille", status: "present", items: [], source: "chair", at: new Date().toISOString(), guest: false });
    const text = (await api(server.url, path, { user: secretary() })).body.text as string;
    assert.ok(text.includes("1. Inledning — aktuellt läge i respektive kommun\nInskrivet av sekreteraren.\nAle: "));
    assert.ok(text.includes("Partille: Partille rapporterar sent."));
    assert.ok(text.includes("NÄRVARANDE\n") && text.includes("Maria Falk, Partille\n"));
    assert.ok(!text.split("EJ NÄRVARANDE")[1]!.split("1. Inledning")[0]!.includes("Maria Falk"));
  });
});

describe("minutes API: publishing, locking and corrections", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const publish = (user: string) => api(server.url, `${path}/publish`, { user, method: "POST" });

  it("refuses publishing by a member or the secretary with 403", async () => {
    assert.equal((await publish(member())).status, 403);
    assert.equal((await publish(secretary())).status, 403);
  });

  it("refuses publishing while the roll call is open with 409, and publishes nothing", async () => {
    const stored = (await server.stores.meetings.get("gr-mottagande-integration", PAST))!;
    await server.stores.meetings.replace({ ...stored.value, rollCall: "open" }, stored.etag);
    const res = await publish(coordinator());
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "roll_call_open");
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 0);
    const open = (await server.stores.meetings.get("gr-mottagande-integration", PAST))!;
    await server.stores.meetings.replace({ ...open.value, rollCall: "closed" }, open.etag);
  });

  it("publishes for the coordinator: version 1, the meeting becomes published, members can read it", async () => {
    const res = await publish(coordinator());
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "published");
    assert.equal(res.body.version, 1);
    assert.equal(res.body.publishedBy, "Johan Berg");
    assert.equal((await server.stores.meetings.get("gr-mottagande-integration", PAST))!.value.status, "published");
    const read = await api(server.url, path, { user: member() });
    assert.equal(read.status, 200);
    assert.equal(read.body.status, "published");
    assert.equal(read.body.permissions.edit, false);
    assert.ok(read.body.items.every((i: { etag?: string }) => i.etag === undefined));
  });

  it("refuses publishing twice with 409", async () => {
    const res = await publish(coordinator());
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "already_published");
  });

  it("keeps the published text when the data changes afterwards", async () => {
    await server.stores.roundTable.upsert({ meetingId: PAST, organisationId: "tjorn", reporterId: "x", reporterName: "Anders Björk", text: "Tjörn efteranmäler.", fields: {}, submitted: "after", updatedAt: new Date().toISOString() });
    const read = await api(server.url, path, { user: member() });
    assert.ok(!read.body.text.includes("Tjörn efteranmäler."));
  });

  it("locks published minutes: an edit without a change note is refused with 409 and changes nothing", async () => {
    const before = await notesOf(server, 4);
    const res = await putItem(server, 4, { notes: "Ändrat i smyg" });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "minutes_published");
    assert.equal(await notesOf(server, 4), before);
  });

  it("makes a correction with a change note a new version that members see, keeping the history", async () => {
    const res = await putItem(server, 4, { notes: "Amir Haddad, Härryda, berättar om projektet \"Mammor i arbete\" (rättat).", changeNote: "Rättat projektets namn" });
    assert.equal(res.status, 200);
    assert.equal(res.body.version, 2);
    const read = await api(server.url, path, { user: member() });
    assert.equal(read.body.version, 2);
    assert.ok(read.body.text.includes("(rättat)."));
    assert.ok(read.body.text.includes("Tjörn: Tjörn efteranmäler."));
    assert.deepEqual(read.body.versions.map((v: { version: number; kind: string; changeNote?: string; byName: string }) => [v.version, v.kind, v.changeNote, v.byName]), [
      [1, "published", undefined, "Johan Berg"],
      [2, "correction", "Rättat projektets namn", "Emma Strand"],
    ]);
    assert.equal(read.body.publishedBy, "Johan Berg");
  });

  it("refuses a correction by a member with 403", async () => {
    const res = await putItem(server, 4, { notes: "x", changeNote: "y" }, { user: member() });
    assert.equal(res.status, 403);
  });
});

describe("minutes API: approvers and follow-ups", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  const approvers = (user: string, approverIds: unknown) => api(server.url, `${path}/approvers`, { user, method: "PUT", body: { approverIds } });
  const elin = () => users.aleMember().aadObjectId;
  const ida = () => users.molndalMember().aadObjectId;

  it("lets only the coordinator name approvers, at most two active members", async () => {
    assert.equal((await approvers(secretary(), [elin()])).status, 403);
    assert.equal((await approvers(coordinator(), [elin(), ida(), secretary()])).status, 400);
    assert.equal((await approvers(coordinator(), [elin(), elin()])).body.error.code, "approvers_repeated");
    assert.equal((await approvers(coordinator(), ["no-such-person"])).body.error.code, "unknown_approver");
    assert.equal((await approvers(coordinator(), [users.guest().aadObjectId])).body.error.code, "unknown_approver");
    const res = await approvers(coordinator(), [elin(), ida()]);
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "in-approval");
    assert.deepEqual(res.body.approvers.map((a: { name: string; approved: boolean }) => [a.name, a.approved]), [["Elin Bergqvist", false], ["Ida Holm", false]]);
  });

  it("lets a named approver read the draft; the coordinator cannot publish before both approved", async () => {
    const read = await api(server.url, path, { user: elin() });
    assert.equal(read.status, 200);
    assert.equal(read.body.permissions.approve, true);
    const res = await api(server.url, `${path}/publish`, { user: coordinator(), method: "POST" });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "awaiting_approval");
    assert.match(res.body.error.message, /Elin Bergqvist, Ida Holm/);
  });

  it("refuses approval by someone not named with 403", async () => {
    const res = await api(server.url, `${path}/approve`, { user: secretary(), method: "POST" });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, "not_an_approver");
  });

  it("resets approvals when the secretary edits after an approval", async () => {
    assert.equal((await api(server.url, `${path}/approve`, { user: elin(), method: "POST" })).status, 200);
    assert.equal((await putItem(server, 4, { notes: "Ändrat efter justering." })).status, 200);
    const read = await api(server.url, path, { user: elin() });
    assert.equal(read.body.approvers[0].approved, false);
  });

  it("stores an approver's comment and refuses an empty one", async () => {
    assert.equal((await api(server.url, `${path}/comments`, { user: ida(), method: "POST", body: { text: "  " } })).status, 400);
    assert.equal((await api(server.url, `${path}/comments`, { user: secretary(), method: "POST", body: { text: "Jag är inte justerare" } })).status, 403);
    const res = await api(server.url, `${path}/comments`, { user: ida(), method: "POST", body: { text: "Punkt 4: stava projektets namn rätt." } });
    assert.equal(res.status, 201);
    const read = await api(server.url, path, { user: secretary() });
    assert.equal(read.body.comments[0].text, "Punkt 4: stava projektets namn rätt.");
    assert.equal(read.body.comments[0].byName, "Ida Holm");
  });

  it("publishes when the last approver approves", async () => {
    assert.equal((await api(server.url, `${path}/approve`, { user: elin(), method: "POST" })).body.status, "in-approval");
    const res = await api(server.url, `${path}/approve`, { user: ida(), method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, "published");
    assert.equal(res.body.publishedBy, "Ida Holm");
    assert.equal((await approvers(coordinator(), [elin()])).status, 409);
  });

  it("shows the earlier meeting's open action points as follow-ups of the next meeting until done", async () => {
    const next = await api(server.url, "/meetings/demo-upcoming/minutes", { user: secretary() });
    assert.deepEqual(next.body.followUps.map((f: { meetingId: string; itemNumber: number; what: string; owner: string }) => [f.meetingId, f.itemNumber, f.what, f.owner]), [
      [PAST, 5, "Uppdatera sändlistan för handledarnätverket", "Stenungsund"],
    ]);
    const refused = await api(server.url, `${path}/actions/a1`, { user: member(), method: "PUT", body: { done: true } });
    assert.equal(refused.status, 403);
    assert.equal((await api(server.url, `${path}/actions/nope`, { user: secretary(), method: "PUT", body: { done: true } })).status, 404);
    assert.equal((await api(server.url, `${path}/actions/a1`, { user: secretary(), method: "PUT", body: { done: "ja" } })).status, 400);
    const done = await api(server.url, `${path}/actions/a1`, { user: secretary(), method: "PUT", body: { done: true } });
    assert.equal(done.status, 200);
    assert.equal(done.body.done, true);
    assert.deepEqual((await api(server.url, "/meetings/demo-upcoming/minutes", { user: secretary() })).body.followUps, []);
  });
});
