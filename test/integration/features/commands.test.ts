import assert from "node:assert/strict";
import { meetingMessage, personalMessage, type TeamsUser } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { replyText, startFeatureHarness, type FeatureHarness } from "../../helpers/feature-harness";
import { testClock } from "../../helpers/test-clock";

// The bot's text commands as rules, one row each, run through botbuilder's TestAdapter in milliseconds; the
// HTTP tests under test/http cover the same features through the real server and the wiring.
const CHAT = "19:meeting_harness@thread.v2";

interface Row {
  name: string;
  from: () => TeamsUser;
  where: "personal" | "meeting";
  text: string;
  locale?: string;
  reply: RegExp;
}

const rows: Row[] = [
  { name: "help in Swedish lists the commands", from: users.aleMember, where: "personal", text: "hjälp", reply: /närvaro[\s\S]*runda[\s\S]*skicka kallelse/ },
  { name: "help in English speaks English", from: users.aleMember, where: "personal", text: "help", locale: "en-US", reply: /shows this help/ },
  { name: "unknown text gets help saying what was not understood", from: users.aleMember, where: "personal", text: "blablabla", reply: /blablabla/ },
  { name: "roll call in a 1:1 chat is sent to the meeting chat", from: users.chair, where: "personal", text: "närvaro", reply: /Skriv det här i mötets chatt/ },
  { name: "round table in a 1:1 chat is sent to the meeting chat", from: users.chair, where: "personal", text: "runda", reply: /Skriv det här i mötets chatt/ },
  { name: "a stranger in a meeting chat is told they are not a member", from: users.stranger, where: "meeting", text: "närvaro", reply: /inte registrerad som medlem/ },
  { name: "a meeting chat with no network meeting says how to link it", from: users.chair, where: "meeting", text: "runda", reply: /hittar inget nätverksmöte/ },
  { name: "send invitation in a meeting chat asks for the 1:1 chat", from: users.coordinator, where: "meeting", text: "skicka kallelse", reply: /personliga chatt/ },
  { name: "send invitation by a member is refused", from: users.aleMember, where: "personal", text: "skicka kallelse", reply: /samordnare/ },
];

describe("bot commands (TestAdapter, table-driven)", () => {
  let harness: FeatureHarness;
  before(async () => (harness = await startFeatureHarness(testClock("2026-11-25T23:30:00Z"))));
  after(() => harness.stop());

  for (const row of rows) {
    it(row.name, async () => {
      const user = row.from();
      const activity = row.where === "personal"
        ? personalMessage(user, row.text, { locale: row.locale })
        : meetingMessage(user, CHAT, "MCharness", row.text, { locale: row.locale });
      const replies = await harness.turn(activity);
      assert.ok(replies.length > 0, "no reply");
      assert.match(replies.map(replyText).join("\n"), row.reply);
    });
  }
});
