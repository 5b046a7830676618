import assert from "node:assert/strict";
import { api } from "../../helpers/api-client";
import { minutesPath as path, notesOf, PAST, people, putItem, setRollCall } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const { secretary, coordinator, member } = people;

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
    await setRollCall(server, "open");
    const res = await publish(coordinator());
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, "roll_call_open");
    assert.equal((await server.stores.minutesVersions.list(PAST)).length, 0);
    await setRollCall(server, "closed");
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
