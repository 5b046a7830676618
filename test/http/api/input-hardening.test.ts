import assert from "node:assert/strict";
import { personalMessage } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { minutesPath, people, putItem } from "../../helpers/minutes-api";
import { startTestServer, type TestServer } from "../../helpers/test-server";

describe("input hardening", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());
  const coordinator = () => users.coordinator().aadObjectId;

  it("answers 400 to an If-Match that is not an eTag, on meetings and minutes items, and changes nothing", async () => {
    const meeting = await api(server.url, "/meetings/demo-upcoming", { user: coordinator() });
    for (const garbage of ['"garbage', "garbage", 'W/"x" junk']) {
      const res = await api(server.url, "/meetings/demo-upcoming", { user: coordinator(), method: "PUT", body: { title: "Nytt namn" }, headers: { "If-Match": garbage } });
      assert.equal(res.status, 400, garbage);
      assert.equal(res.body.error.code, "invalid_if_match");
    }
    const quoted = await api(server.url, "/meetings/demo-upcoming", { user: coordinator(), method: "PUT", body: { title: "Nytt namn" }, headers: { "If-Match": '"garbage"' } });
    assert.ok([409, 412].includes(quoted.status), String(quoted.status));
    assert.equal((await api(server.url, "/meetings/demo-upcoming", { user: coordinator() })).body.title, meeting.body.title);
    const item = await putItem(server, 2, { notes: "x" }, { etag: "garbage" });
    assert.equal(item.status, 400);
    assert.equal(item.body.error.code, "invalid_if_match");
  });

  it("refuses control characters and bidi overrides in titles and names, keeps line breaks in descriptions", async () => {
    const bad = ["Möte\u0000", "Möte\u001b[31m", "Möte \u202Egnirts", "Möte\r\nSet-Cookie: x", "Möte\n2"];
    for (const title of bad) {
      const meeting = await api(server.url, "/meetings/demo-upcoming", { user: coordinator(), method: "PUT", body: { title } });
      assert.equal(meeting.status, 400, JSON.stringify(title));
      assert.equal(meeting.body.error.field, "title");
      const agenda = await api(server.url, "/meetings/demo-upcoming/agenda", { user: coordinator(), method: "PUT", body: { items: [{ title }] } });
      assert.equal(agenda.status, 400, JSON.stringify(title));
      const organisation = await api(server.url, "/organisations", { user: coordinator(), method: "POST", body: { name: title, kind: "kommun", order: 1 } });
      assert.equal(organisation.status, 400);
      const member = await api(server.url, "/members", {
        user: coordinator(), method: "POST",
        body: { aadObjectId: "11111111-0000-4000-8000-00000000c0c0", displayName: title, email: "c@example.org", organisationId: "ale", role: "member" },
      });
      assert.equal(member.status, 400);
    }
    const english = await api(server.url, "/organisations", { user: coordinator(), method: "POST", body: { name: "A\u0007", kind: "kommun", order: 1 }, headers: { "Accept-Language": "en" } });
    assert.match(english.body.error.message, /control characters/);
    const description = await api(server.url, "/meetings/demo-upcoming/agenda", { user: coordinator(), method: "PUT", body: { items: [{ title: "Punkt", description: "rad 1\nrad 2" }] } });
    assert.equal(description.status, 200);
    assert.equal(description.body.agenda[0].description, "rad 1\nrad 2");
    const escaped = await api(server.url, "/meetings/demo-upcoming/agenda", { user: coordinator(), method: "PUT", body: { items: [{ title: "Punkt", description: "rad\u001b[2J" }] } });
    assert.equal(escaped.status, 400);
  });

  it("accepts only real calendar dates for an action's due date and the meeting date", async () => {
    for (const due of ["2031-13-45", "2031-02-29", "2031-04-31"]) {
      const res = await putItem(server, 3, { actions: [{ what: "Skicka", owner: "GR", due }] });
      assert.equal(res.status, 400, due);
      assert.equal(res.body.error.field, "actions.0.due");
    }
    assert.equal((await putItem(server, 3, { actions: [{ what: "Skicka", owner: "GR", due: "2032-02-29" }] })).status, 200);
    const meeting = await api(server.url, "/meetings/demo-upcoming", { user: coordinator(), method: "PUT", body: { date: "2031-02-30" } });
    assert.equal(meeting.status, 400);
    assert.equal(meeting.body.error.code, "invalid_time");
  });

  it("echoes at most 200 characters of a huge bot message, and still refuses bodies over the limit", async () => {
    const huge = "å".repeat(3 * 1024 * 1024 / 2);
    const res = await sendActivity(server.url, personalMessage(users.aleMember(), huge));
    assert.equal(res.status, 200);
    assert.ok(JSON.stringify(res.body).length < 20_000, `reply of ${JSON.stringify(res.body).length} characters`);
    assert.match(cardText(cardOf(res.replies[0])), /förstod inte/);
    const tooBig = await sendActivity(server.url, personalMessage(users.aleMember(), "x".repeat(5 * 1024 * 1024)));
    assert.equal(tooBig.status, 413);
  });

  it("sends no table names or row keys in a 409", async () => {
    const coordinatorId = coordinator();
    const member = { aadObjectId: "11111111-0000-4000-8000-0000000000aa", displayName: "Dubbel Dubbelsson", email: "d@example.org", organisationId: "ale", role: "member" };
    assert.equal((await api(server.url, "/members", { user: coordinatorId, method: "POST", body: member })).status, 201);
    const again = await api(server.url, "/members", { user: coordinatorId, method: "POST", body: member });
    assert.equal(again.status, 409);
    assert.deepEqual(Object.keys(again.body.error).sort(), ["code", "message"]);
    const stale = await api(server.url, "/meetings/demo-upcoming", { user: coordinatorId });
    await api(server.url, "/meetings/demo-upcoming", { user: coordinatorId, method: "PUT", body: { place: "Sal 1" }, headers: { "If-Match": stale.body.etag ?? "" } });
    const lost = await api(server.url, "/meetings/demo-upcoming", { user: coordinatorId, method: "PUT", body: { place: "Sal 2" }, headers: { "If-Match": (await api(server.url, "/meetings/demo-upcoming", { user: coordinatorId })).body.etag ?? 'W/"old"' } });
    assert.ok([200, 409].includes(lost.status));
    const conflict = await api(server.url, "/meetings/demo-upcoming", { user: coordinatorId, method: "PUT", body: { place: "Sal 3" }, headers: { "If-Match": 'W/"datetime\'2020-01-01T00%3A00%3A00.0000000Z\'"' } });
    assert.equal(conflict.status, 409);
    const text = JSON.stringify(conflict.body);
    assert.doesNotMatch(text, /meetings|"table"|"key"|gr-mottagande/);
    assert.deepEqual(Object.keys(conflict.body.error).sort(), ["code", "message"]);
    assert.equal(minutesPath.length > 0 && people.secretary().length > 0, true);
  });
});
