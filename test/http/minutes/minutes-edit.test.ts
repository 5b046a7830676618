import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { etagOf, minutesPath as path, notesOf, PAST, people, putItem } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const { secretary, member } = people;

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
    const english = await api(server.url, path, { user: member(), headers: { "Accept-Language": "en-GB" } });
    assert.match(english.body.error.message, /not published yet/);
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
    assert.equal((await putItem(server, 99, { notes: "x" }, { etag: '"x"' })).status, 404);
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
