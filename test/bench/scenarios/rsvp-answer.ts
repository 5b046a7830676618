import { cardAction, personalConversation, personalMessage } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { createFictionalMembers } from "../../helpers/roll-call";
import { pairedRawUpsert } from "../baseline";
import { settle, timed, type BenchEnvironment, type Measurement, type Scenario } from "../scenario";

const ANSWERS = 100;
// Unmeasured answers first, as the baseline warms up before it measures (see the check-in scenario).
const WARM_UP = 20;
// A meeting of the demo network that has not started; its invitation is marked sent, so answers are open.
const MEETING_ID = "demo-upcoming";

async function answer(env: BenchEnvironment, person: { aadObjectId: string; name: string }): Promise<void> {
  const data = { meetingId: MEETING_ID, memberId: person.aadObjectId, answer: "attending" };
  const res = await sendActivity(env.server.url, cardAction(person, personalConversation(person), "rsvp.answer", data, { serviceUrl: env.connector.url }));
  if (res.status !== 200) throw new Error(`RSVP answer answered ${res.status}`);
}

/** "Jag kommer" on the invitation card, over HTTP, one member after another. */
export const scenario: Scenario = {
  name: "RSVP answer",
  async run(env): Promise<Measurement[]> {
    const warmUp = env.tiny ? 1 : WARM_UP;
    const everyone = (await createFictionalMembers(env.server.stores, ANSWERS + warmUp, 1000)).map((m) => ({ aadObjectId: m.aadObjectId, name: m.displayName }));
    const people = everyone.slice(0, ANSWERS);
    const [meeting] = await env.server.stores.meetings.where("meetingId", MEETING_ID);
    if (meeting?.value.status === "draft") await env.server.stores.meetings.replace({ ...meeting.value, status: "invited" }, meeting.etag);
    for (const person of everyone.slice(ANSWERS)) {
      await sendActivity(env.server.url, personalMessage(person, "hjälp", { serviceUrl: env.connector.url }));
      await answer(env, person);
    }
    const samples: number[] = [];
    const paired: number[] = [];
    const rawUpsert = await pairedRawUpsert(env);
    // Counted from each press until its answer (a summary refresh of an earlier answer may fall in too).
    let calls = 0;
    for (const person of people) {
      // The invitation card reaches a member through their 1:1 chat with the bot, so the bot knows that chat.
      await sendActivity(env.server.url, personalMessage(person, "hjälp", { serviceUrl: env.connector.url }));
      await settle();
      paired.push(await rawUpsert());
      await settle();
      const from = env.storageCalls.count;
      samples.push(await timed(() => answer(env, person)));
      calls += env.storageCalls.count - from;
    }
    if (process.env.BENCH_VERBOSE) {
      const from = env.storageCalls.count;
      await answer(env, people[0]!);
      process.stderr.write(`storage calls of one RSVP answer:\n${env.storageCalls.since(from).map((c) => `  ${c.method} ${c.path}`).join("\n")}\n`);
    }
    return [{ name: "RSVP answer invoke, sequential", samplesMs: samples, pairedBaselineMs: paired, note: `${(calls / ANSWERS).toFixed(1)} storage calls per answer` }];
  },
};
