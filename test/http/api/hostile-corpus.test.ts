import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cardAction, meetingConversation, meetingMessage, personalConversation, personalMessage, TENANT_ID } from "../../helpers/activities";
import { cardText, cardOf } from "../../helpers/bot-client";
import { LocalIdentity } from "../../helpers/local-identity";
import { NOW_CHAT_ID, NOW_TEAMS_MEETING_ID, rolePeople, startRoleWorld, BOT_APP_ID, type RoleWorld } from "../../helpers/role-world";
import { snapshotChanges, snapshotTables } from "../../helpers/table-snapshot";
import type { TestServer } from "../../helpers/test-server";

const CORPUS = join(__dirname, "..", "..", "fixtures", "hostile");
// The bot's own bookkeeping on every turn: conversation references, handled activities and turn state.
const BOT_BOOKKEEPING = ["conversations", "activityclaims", "botstate"];
// Derived rows, not data: a search saves the index entries it rebuilt (docs/minutes.md, "Search and archive").
const DERIVED = ["searchindex"];

interface Repeat { template?: string; fill: string; times: number; inPath?: boolean }
interface HostileCase {
  name: string;
  method?: string;
  path?: string;
  as?: string;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
  contentType?: string;
  repeat?: Repeat;
  etagOf?: string;
  bot?: { kind: "message" | "meeting-message" | "invoke" | "raw"; as: string; text?: string; textRepeat?: Repeat; verb?: string; data?: Record<string, unknown>; raw?: string; patch?: Record<string, unknown> };
  expect: { status: number; code?: string; field?: string; reply?: string };
}

const files = readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort();
const corpus = files.flatMap((file) => (JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as HostileCase[]).map((c) => ({ ...c, file })));
const people: Record<string, { aadObjectId: string; name: string }> = {
  coordinator: rolePeople.coordinator!, secretary: rolePeople.secretary!, chair: rolePeople.chair!, member: rolePeople.orgMember!,
};
const repeated = (r: Repeat) => r.fill.repeat(r.times);

describe("hostile corpus: clear errors, nothing written, the server stays healthy", function () {
  this.timeout(120_000);
  let world: RoleWorld;
  let identity: LocalIdentity;
  let server: TestServer;

  before(async () => {
    world = await startRoleWorld();
    ({ server, identity } = world);
  });
  after(() => world.stop());

  it("holds at least 40 cases", () => assert.ok(corpus.length >= 40, `${corpus.length} cases`));

  const tabToken = (who: string, claims: Record<string, unknown> = {}) => identity.tabToken({ oid: people[who]!.aadObjectId, tid: TENANT_ID }, claims);

  async function authorization(as: string | undefined): Promise<Record<string, string>> {
    if (!as || as === "none") return {};
    if (as === "app-only") return { Authorization: `Bearer ${await tabToken("coordinator", { scp: undefined, roles: ["Meetings.ReadWrite.All"], idtyp: "app" })}` };
    return { Authorization: `Bearer ${await tabToken(as)}` };
  }

  async function etag(ref: string, headers: Record<string, string>): Promise<Record<string, string>> {
    const number = Number(ref.replace("item:", ""));
    const minutes = await (await fetch(`${server.url}/api/v1/meetings/demo-2025-03-12/minutes`, { headers })).json() as { items: { number: number; etag: string }[] };
    return { "If-Match": minutes.items.find((i) => i.number === number)!.etag };
  }

  async function callApi(c: HostileCase): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = await authorization(c.as);
    if (c.etagOf) Object.assign(headers, await etag(c.etagOf, headers));
    Object.assign(headers, c.headers);
    let path = c.path!;
    let body: string | undefined;
    if (c.repeat?.inPath) path = path.replace("@", repeated(c.repeat));
    else if (c.repeat) body = c.repeat.template!.replace("@", repeated(c.repeat));
    else if (c.raw !== undefined) body = c.raw;
    else if (c.body !== undefined) body = JSON.stringify(c.body);
    if (body !== undefined) headers["Content-Type"] = c.contentType ?? "application/json";
    const response = await fetch(`${server.url}${path}`, { method: c.method ?? "GET", headers, body });
    return { status: response.status, text: await response.text() };
  }

  async function callBot(c: HostileCase): Promise<{ status: number; text: string }> {
    const bot = c.bot!;
    const user = people[bot.as] ?? rolePeople.orgMember!;
    const text = bot.textRepeat ? repeated(bot.textRepeat) : (bot.text ?? "");
    const activity = bot.kind === "raw" ? bot.raw!
      : bot.kind === "message" ? personalMessage(user, text)
        : bot.kind === "meeting-message" ? meetingMessage(user, NOW_CHAT_ID, NOW_TEAMS_MEETING_ID, text)
          : cardAction(user, bot.verb!.startsWith("rollcall") ? meetingConversation(NOW_CHAT_ID) : personalConversation(user), bot.verb!, bot.data ?? {}, { teamsMeetingId: NOW_TEAMS_MEETING_ID });
    // "LONG" stands for an id far over Table Storage's 1 KiB key limit.
    if (bot.patch && typeof activity !== "string") Object.assign(activity, JSON.parse(JSON.stringify(bot.patch).replace("\"LONG\"", JSON.stringify("a:".padEnd(5000, "x")))));
    const serviceUrl = typeof activity === "string" ? "https://smba.trafficmanager.net/emea/" : String(activity.serviceUrl);
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (bot.as === "tab-token-to-bot") headers.Authorization = `Bearer ${await tabToken("member")}`;
    else if (bot.as !== "none") headers.Authorization = `Bearer ${await identity.channelToken(BOT_APP_ID, serviceUrl)}`;
    const response = await fetch(`${server.url}/api/messages`, { method: "POST", headers, body: typeof activity === "string" ? activity : JSON.stringify(activity) });
    return { status: response.status, text: await response.text() };
  }

  for (const c of corpus) {
    it(`${c.file}: ${c.name}`, async () => {
      const leaveOut = c.bot ? [...BOT_BOOKKEEPING, ...DERIVED] : DERIVED;
      const before = await snapshotTables(server.storage.connectionString, leaveOut);
      const answer = c.bot ? await callBot(c) : await callApi(c);
      assert.equal(answer.status, c.expect.status, answer.text.slice(0, 300));
      let body: Record<string, unknown> | undefined;
      try {
        body = answer.text ? JSON.parse(answer.text) : undefined;
      } catch {
        assert.fail(`the answer is not JSON: ${answer.text.slice(0, 200)}`);
      }
      if (answer.status >= 400) {
        const error = body?.error as { code?: string; message?: string; field?: string } | undefined;
        assert.ok(error && typeof error.code === "string" && typeof error.message === "string" && error.message.length >= 10, `a clear JSON error: ${answer.text.slice(0, 200)}`);
        if (c.expect.code) assert.equal(error.code, c.expect.code);
        if (c.expect.field) assert.equal(error.field, c.expect.field);
        assert.doesNotMatch(answer.text, /at .*\.ts:\d+|meetingdata|PartitionKey|stack/i, "no internals in the error");
      } else if (c.bot) {
        const replies = (body?.activities as Record<string, unknown>[] | undefined) ?? [];
        const said = body?.value ? cardText(body.value) : replies.map((r) => `${String(r.text ?? "")} ${cardText(cardOf(r))}`).join(" ");
        assert.ok(said.trim().length > 0, "the bot answers something");
        assert.ok(answer.text.length < 50_000, `a short answer, not an echo (${answer.text.length} characters)`);
        if (c.expect.reply) assert.match(said, new RegExp(c.expect.reply));
      }
      assert.deepEqual(snapshotChanges(before, await snapshotTables(server.storage.connectionString, leaveOut)), [], "nothing written");
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    });
  }
});
