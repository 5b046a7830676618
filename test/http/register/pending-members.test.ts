import assert from "node:assert/strict";
import { DEMO_NETWORK_ID, DEMO_TENANT_ID } from "../../../bot/src/demo/demo-network";
import { personalMessage, type TeamsUser } from "../../helpers/activities";
import { api } from "../../helpers/api-client";
import { sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { FakeConnector } from "../../helpers/fake-connector";
import { LocalIdentity } from "../../helpers/local-identity";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const BAD_LIST = [
  "Namn;E-post;Organisation",
  "Kim Exempel;kim.exempel@example.org;Ale",
  ";utan.namn@example.org;Ale",
  "Robin Exempel;inte-en-adress;Mölndal",
  "Alex Exempel;alex.exempel@example.org;Okänd kommun",
  "Kim Dubblett;KIM.EXEMPEL@example.org;Ale",
  "Elin Bergqvist;elin.bergqvist@example.org;Ale",
].join("\n");

// An Excel paste: tab-separated, a header row, Swedish organisation names in any case.
const GOOD_LIST = "Namn\tE-post\tOrganisation\r\nKim Exempel\tKim.Exempel@Example.org\tale\r\nRobin Exempel\trobin.exempel@example.org\tMÖLNDAL\r\n";

describe("inviting people by e-mail, activated on first use", () => {
  let server: TestServer;
  const identity = new LocalIdentity();
  const connector = new FakeConnector();
  const coordinator = users.coordinator().aadObjectId;
  const member = users.aleMember().aadObjectId;
  const kim = "99999999-0000-4000-8000-000000000981";
  const robin: TeamsUser = { aadObjectId: "99999999-0000-4000-8000-000000000982", name: "Robin Exempel" };
  before(async () => {
    await identity.start();
    await connector.start();
    server = await startTestServer({ env: identity.tabSettings([DEMO_TENANT_ID]) });
  });
  after(async () => {
    await server.stop();
    await connector.stop();
    await identity.stop();
  });

  const pending = async () => (await api(server.url, "/pending-members", { user: coordinator })).body.pending as { email: string; displayName: string; organisationId: string }[];
  const importList = (text: string, options: { validate?: boolean; user?: string; language?: string } = {}) =>
    api(server.url, `/pending-members/import${options.validate ? "?validate=true" : ""}`, { user: options.user ?? coordinator, method: "POST", body: { text }, headers: options.language ? { "Accept-Language": options.language } : {} });

  it("previews a list with an error per bad row and writes nothing", async () => {
    const res = await importList(BAD_LIST, { validate: true });
    assert.equal(res.status, 200);
    assert.equal(res.body.valid, false);
    const errors = res.body.rows.map((r: { line: number; errors: { code: string }[] }) => [r.line, r.errors.map((e) => e.code)]);
    assert.deepEqual(errors, [
      [2, []],
      [3, ["name_missing"]],
      [4, ["email_invalid"]],
      [5, ["organisation_unknown"]],
      [6, ["duplicate_in_file"]],
      [7, ["already_member"]],
    ]);
    assert.equal(res.body.rows[1].errors[0].message, "Namn saknas.");
    assert.equal(res.body.rows[0].organisationId, "ale");
    assert.deepEqual(await pending(), []);
  });

  it("refuses the whole file when any row is bad, in the caller's language, and writes nothing", async () => {
    const res = await importList(BAD_LIST, { language: "en" });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "import_refused");
    assert.match(res.body.error.message, /nobody was invited/);
    assert.deepEqual(res.body.error.rows, [3, 4, 5, 6, 7]);
    assert.deepEqual(await pending(), []);
    const empty = await importList(" \n \n");
    assert.equal(empty.body.error.code, "import_empty");
    const notText = await api(server.url, "/pending-members/import", { user: coordinator, method: "POST", body: { text: 42 } });
    assert.equal(notText.status, 400);
  });

  it("lets only the coordinator import, list and export", async () => {
    assert.equal((await importList(GOOD_LIST, { user: member })).status, 403);
    assert.equal((await api(server.url, "/pending-members", { user: member })).status, 403);
    assert.equal((await fetch(`${server.url}/api/v1/register.csv`, { headers: { "X-Dev-User": member } })).status, 403);
    assert.deepEqual(await pending(), []);
  });

  it("invites everyone in a valid Excel paste as pending members", async () => {
    const preview = await importList(GOOD_LIST, { validate: true });
    assert.equal(preview.body.valid, true);
    const res = await importList(GOOD_LIST);
    assert.equal(res.status, 201);
    assert.equal(res.body.created, 2);
    assert.deepEqual((await pending()).map((p) => [p.displayName, p.email, p.organisationId]), [
      ["Kim Exempel", "kim.exempel@example.org", "ale"],
      ["Robin Exempel", "robin.exempel@example.org", "molndal"],
    ]);
    const again = await importList(GOOD_LIST, { validate: true });
    assert.deepEqual(again.body.rows.map((r: { errors: { code: string }[] }) => r.errors[0]?.code), ["already_invited", "already_invited"]);
  });

  it("exports the register as semicolon CSV with a BOM and Swedish headers, invited people included", async () => {
    const res = await fetch(`${server.url}/api/v1/register.csv`, { headers: { "X-Dev-User": coordinator } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    assert.equal(lines[0], "Namn;E-post;Organisation;Roll;Status");
    assert.ok(lines.includes("Elin Bergqvist;elin.bergqvist@example.org;Ale;ledamot;aktiv"));
    assert.ok(lines.includes("Kim Exempel;kim.exempel@example.org;Ale;ledamot;inbjuden"));
    assert.ok(lines.includes("Johan Berg;johan.berg@example.org;GR;samordnare;aktiv"));
  });

  it("activates a pending member on first sign-in in the tab, matching the token's sign-in name in any case", async () => {
    const token = await identity.tabToken({ oid: kim, tid: DEMO_TENANT_ID, name: "Kim Exempel" }, { preferred_username: "KIM.Exempel@example.ORG" });
    const res = await api(server.url, "/me", { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.equal(res.body.memberships.length, 1);
    assert.equal(res.body.memberships[0].member.organisationId, "ale");
    assert.equal(res.body.memberships[0].member.email, "kim.exempel@example.org");
    assert.deepEqual((await pending()).map((p) => p.displayName), ["Robin Exempel"]);
  });

  it("matches the upn claim of a v1 token, but never the unverified email claim", async () => {
    assert.equal((await importList("Sam Exempel;sam.exempel@example.org;Ale\nNoa Exempel;noa.exempel@example.org;Ale")).status, 201);
    const byEmail = await identity.tabToken({ oid: "99999999-0000-4000-8000-000000000984", tid: DEMO_TENANT_ID }, { email: "noa.exempel@example.org" });
    assert.equal((await api(server.url, "/me", { headers: { Authorization: `Bearer ${byEmail}` } })).body.memberships.length, 0);
    const v1 = await identity.tabToken({ oid: "99999999-0000-4000-8000-000000000985", tid: DEMO_TENANT_ID }, { iss: `https://sts.windows.net/${DEMO_TENANT_ID}/`, ver: "1.0", upn: "Sam.Exempel@example.org" });
    assert.equal((await api(server.url, "/me", { headers: { Authorization: `Bearer ${v1}` } })).body.memberships[0].member.organisationId, "ale");
    assert.equal((await api(server.url, "/pending-members/noa.exempel%40example.org", { user: coordinator, method: "DELETE" })).status, 204);
  });

  it("does not activate anyone for a token whose sign-in name was not invited", async () => {
    const token = await identity.tabToken({ oid: "99999999-0000-4000-8000-000000000983", tid: DEMO_TENANT_ID }, { preferred_username: "someone.else@example.org" });
    const res = await api(server.url, "/me", { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.body.memberships.length, 0);
  });

  it("activates a pending member on their first message to the bot, matching Teams' member info", async () => {
    connector.members.set(`29:${robin.aadObjectId}`, { id: `29:${robin.aadObjectId}`, name: robin.name, aadObjectId: robin.aadObjectId, email: "Robin.Exempel@example.org", userPrincipalName: "robin.exempel@example.org", tenantId: DEMO_TENANT_ID });
    const res = await sendActivity(server.url, personalMessage(robin, "hej", { serviceUrl: connector.url }));
    assert.match(String(res.replies[0]?.text), /Välkommen till Nätverket mottagande och integration! Samordnaren har bjudit in dig/);
    const created = await server.stores.members.get(DEMO_NETWORK_ID, robin.aadObjectId);
    assert.equal(created?.value.organisationId, "molndal");
    assert.equal(created?.value.active, true);
    assert.deepEqual(await pending(), []);
  });

  it("withdraws an invitation", async () => {
    assert.equal((await importList("Alex Exempel;alex.exempel@example.org;Ale")).status, 201);
    assert.equal((await api(server.url, "/pending-members/alex.exempel%40example.org", { user: member, method: "DELETE" })).status, 403);
    assert.equal((await api(server.url, "/pending-members/ALEX.exempel%40example.org", { user: coordinator, method: "DELETE" })).status, 204);
    assert.deepEqual(await pending(), []);
  });
});
