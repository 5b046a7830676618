import assert from "node:assert/strict";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import type { Member } from "../../../bot/src/domain/member";
import { cardAction, personalConversation, type TeamsUser } from "../../helpers/activities";
import { cardOf, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, createMeeting, install, serverWithConnector } from "../../helpers/invitations";

/** The "Kommer" count of a summary card. */
function attendingCount(body: Record<string, unknown>): number | undefined {
  const card = cardOf(body);
  const facts = (card?.body as { type: string; facts?: { title: string; value: string }[] }[] | undefined)?.find((b) => b.type === "FactSet")?.facts;
  const value = facts?.find((f) => f.title === "Kommer")?.value;
  return value === undefined ? undefined : Number(value);
}

describe("50 members answering at the same moment", () => {
  const coordinator = users.coordinator();
  // Fictional extra representatives, ten per municipality.
  const people: TeamsUser[] = Array.from({ length: 50 }, (_, i) => ({ aadObjectId: `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`, name: `Testperson ${i + 1}` }));
  const municipalities = ["ale", "alingsas", "goteborg", "harryda", "kungsbacka"];
  const env = serverWithConnector([coordinator]);

  before(async () => {
    for (const [i, person] of people.entries()) {
      const member: Member = {
        aadObjectId: person.aadObjectId, networkId: DEMO_NETWORK_ID, displayName: person.name, email: `testperson${i + 1}@example.org`,
        organisationId: municipalities[i % municipalities.length]!, role: "member", active: true,
      };
      await env.server.stores.members.create(member);
    }
    await install(env.server.url, env.connector, people);
  });

  it("stores all 50 answers and the summary card's final state counts 50", async () => {
    const meetingId = await createMeeting(env.server.url, coordinator.aadObjectId);
    const sent = await api(env.server.url, `/meetings/${meetingId}/invitations`, { user: coordinator.aadObjectId, method: "POST" });
    assert.equal(sent.body.totals.sent, 51);

    const answers = await Promise.all(people.map((p) =>
      sendActivity(env.server.url, cardAction(p, personalConversation(p), "rsvp.answer", { meetingId, memberId: p.aadObjectId, answer: "attending" }, { serviceUrl: env.connector.url }))));
    assert.ok(answers.every((a) => a.status === 200));
    assert.equal((await env.server.stores.answers.list(meetingId)).length, 50);

    const summaryCalls = () => env.connector.calls.filter((c) => c.conversationId === chatOf(coordinator) && attendingCount(c.body) !== undefined);
    await env.connector.waitFor(() => attendingCount(summaryCalls().at(-1)!.body) === 50, 15_000);
    // Let any update still on its way arrive: the final state must stay at 50.
    await new Promise((r) => setTimeout(r, 300));
    const final = summaryCalls().at(-1)!;
    assert.equal(attendingCount(final.body), 50);
    assert.equal(final.method, "PUT");
    assert.equal(summaryCalls().filter((c) => c.method === "POST").length, 1, "one summary message, updated in place");
    const responses = await api(env.server.url, `/meetings/${meetingId}/responses`, { user: coordinator.aadObjectId });
    assert.equal(responses.body.totals.attending, 50);
  });
});
