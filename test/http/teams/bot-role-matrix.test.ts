import assert from "node:assert/strict";
import { botRows, REFUSAL, type BotOutcome, type BotRow } from "../../fixtures/role-matrix/bot";
import { cardAction, meetingConversation, meetingMessage, personalConversation, personalMessage, searchInvoke } from "../../helpers/activities";
import { cardOf, cardText, sendActivity, type BotResponse } from "../../helpers/bot-client";
import { LocalIdentity } from "../../helpers/local-identity";
import { matrixRoles, rolePeople, startRoleWorld, BOT_APP_ID, type RoleWorld, type MatrixRole } from "../../helpers/role-world";
import type { TestServer } from "../../helpers/test-server";
import { botFeatures } from "../../../bot/src/teams/features";
import type { BotFeature } from "../../../bot/src/teams/bot-app";


/** What the bot answered, as text: the replies' texts and cards, the invoke's card, or the search's results or error. */
function answerText(row: BotRow, res: BotResponse): string {
  if (row.kind === "command") return res.replies.map((r) => `${String(r.text ?? "")}\n${cardText(cardOf(r))}`).join("\n");
  if (row.kind === "search") {
    const body = res.body as { value?: { results?: { title: string }[]; message?: string } } | undefined;
    return body?.value?.message ?? (body?.value?.results ?? []).map((r) => r.title).join("\n");
  }
  return cardText((res.body as { value?: unknown } | undefined)?.value);
}

describe("role matrix: every bot command and card verb × role", function () {
  this.timeout(120_000);
  let world: RoleWorld;
  let identity: LocalIdentity;
  let server: TestServer;
  // The card verbs and search datasets exactly as the features register them with teams-ai.
  const registeredVerbs: (string | RegExp)[] = [];
  const registeredSearches: (string | RegExp)[] = [];
  const recordVerbs: BotFeature = (context) => {
    const cards = context.app.adaptiveCards;
    const register = cards.actionExecute.bind(cards);
    cards.actionExecute = ((verb: string | RegExp, handler: never) => {
      registeredVerbs.push(verb);
      return register(verb, handler);
    }) as typeof cards.actionExecute;
    const registerSearch = cards.search.bind(cards);
    cards.search = ((dataset: string | RegExp, handler: never) => {
      registeredSearches.push(dataset);
      return registerSearch(dataset, handler);
    }) as typeof cards.search;
  };

  before(async () => {
    world = await startRoleWorld({ env: { MINUTES_NOTIFY_MEMBERS: "false" }, deps: { features: [recordVerbs, ...botFeatures] } });
    ({ server, identity } = world);
  });
  after(() => world.stop());

  it("has a row for every command of the registry and every card verb a feature registers", () => {
    const commandRows = new Set(botRows.filter((r) => r.kind === "command").map((r) => r.name));
    const commands = server.app.bot.commands.all().map((c) => c.words[0]!);
    assert.deepEqual(commands.filter((c) => !commandRows.has(c)), [], "commands without a row in test/fixtures/role-matrix/bot.ts");
    const verbRows = botRows.filter((r) => r.kind === "verb").map((r) => r.name);
    const unmatched = registeredVerbs.filter((v) => !verbRows.some((name) => (typeof v === "string" ? v === name : v.test(name))));
    assert.deepEqual(unmatched.map(String), [], "card verbs without a row");
    const unknown = verbRows.filter((name) => !registeredVerbs.some((v) => (typeof v === "string" ? v === name : v.test(name))));
    assert.deepEqual(unknown, [], "rows for verbs no feature registers");
    const searchRows = botRows.filter((r) => r.kind === "search").map((r) => r.name);
    const matches = (v: string | RegExp, name: string) => (typeof v === "string" ? v === name : v.test(name));
    assert.deepEqual(registeredSearches.filter((v) => !searchRows.some((name) => matches(v, name))).map(String), [], "card searches without a row");
    assert.deepEqual(searchRows.filter((name) => !registeredSearches.some((v) => matches(v, name))), [], "rows for searches no feature registers");
  });

  async function send(row: BotRow, role: MatrixRole): Promise<BotResponse> {
    const user = rolePeople[role] ?? { aadObjectId: "", name: "Okänd" };
    const place = row.place;
    const conversation = place.kind === "personal" ? personalConversation(user) : meetingConversation(place.chatId);
    const activity = row.kind === "command"
      ? (place.kind === "personal" ? personalMessage(user, row.text!) : meetingMessage(user, place.chatId, place.teamsMeetingId, row.text!))
      : row.kind === "search"
        ? searchInvoke(user, conversation, row.name, row.text ?? "", place.kind === "meeting" ? { teamsMeetingId: place.teamsMeetingId } : {})
        : cardAction(user, conversation, row.name, row.data!(role), place.kind === "meeting" ? { teamsMeetingId: place.teamsMeetingId } : {});
    const token = role === "anonymous" ? undefined : await identity.channelToken(BOT_APP_ID, String(activity.serviceUrl));
    return sendActivity(server.url, activity, token ? { Authorization: `Bearer ${token}` } : {});
  }

  for (const row of botRows) {
    it(`${row.kind} ${row.name}`, async () => {
      const actual: Record<string, BotOutcome> = {};
      const texts: Record<string, string> = {};
      const ask = async (role: MatrixRole) => {
        const res = await send(row, role);
        const text = answerText(row, res);
        texts[role] = text.slice(0, 160);
        actual[role] = res.status === 401 ? "401" : REFUSAL.test(text) ? "refused" : "done";
        if (res.status !== 401) assert.ok(text.trim().length > 0, `${role}: the bot answers something`);
      };
      // Refusals first and together, so that a role's success (closing the roll call, approving) cannot change what others get.
      await Promise.all(matrixRoles.filter((r) => row.expect[r] !== "done").map(ask));
      for (const role of matrixRoles.filter((r) => row.expect[r] === "done")) await ask(role);
      const wrong = matrixRoles.filter((r) => actual[r] !== row.expect[r]);
      assert.deepEqual(actual, { ...row.expect }, JSON.stringify(Object.fromEntries(wrong.map((r) => [r, texts[r]]))));
    });
  }
});
