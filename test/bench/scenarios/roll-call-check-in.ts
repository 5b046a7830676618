import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { createFictionalMembers, createMeetingNow } from "../../helpers/roll-call";
import { pairedRawUpsert, rawParallelUpserts } from "../baseline";
import { callsPer, settle, timed, type BenchEnvironment, type Measurement, type Scenario } from "../scenario";

const FULL_SEQUENTIAL = 100;
const FULL_CONCURRENT = 200;
// Unmeasured check-ins on a meeting of their own first, as the baseline warms up before it measures: the
// figures are of a server that has run the path before, not of its first calls.
const FULL_WARM_UP = 30;

async function openRollCall(env: BenchEnvironment, meetingId: string, chatId: string): Promise<(user: { aadObjectId: string; name: string }) => Promise<void>> {
  await createMeetingNow(env.server.stores, meetingId);
  const teamsMeetingId = `MC${meetingId}`;
  await sendActivity(env.server.url, meetingMessage(users.chair(), chatId, teamsMeetingId, "närvaro", { serviceUrl: env.connector.url }));
  const chat = meetingConversation(chatId);
  return async (user) => {
    const res = await sendActivity(env.server.url, cardAction(user, chat, "rollcall.checkin", { meetingId }, { serviceUrl: env.connector.url, teamsMeetingId }));
    if (res.status !== 200) throw new Error(`check-in answered ${res.status}`);
  };
}

/** "Jag är här" invokes over HTTP: one after another, then 200 at once (each a distinct member). */
export const scenario: Scenario = {
  name: "roll-call check-in",
  async run(env): Promise<Measurement[]> {
    const SEQUENTIAL = env.tiny ? 3 : FULL_SEQUENTIAL;
    const CONCURRENT = env.tiny ? 3 : FULL_CONCURRENT;
    const WARM_UP = env.tiny ? 1 : FULL_WARM_UP;
    const people = (await createFictionalMembers(env.server.stores, SEQUENTIAL + CONCURRENT + WARM_UP)).map((m) => ({ aadObjectId: m.aadObjectId, name: m.displayName }));
    const warmUpCheckIn = await openRollCall(env, "bench-warm-up", "19:meeting_bench_warm@thread.v2");
    for (const person of people.slice(SEQUENTIAL + CONCURRENT)) await warmUpCheckIn(person);
    const sequentialCheckIn = await openRollCall(env, "bench-sequential", "19:meeting_bench_seq@thread.v2");
    const sequential: number[] = [];
    const paired: number[] = [];
    const rawUpsert = await pairedRawUpsert(env);
    const calls = await callsPer(env, SEQUENTIAL, async () => {
      for (const person of people.slice(0, SEQUENTIAL)) {
        await settle();
        paired.push(await rawUpsert());
        await settle();
        sequential.push(await timed(() => sequentialCheckIn(person)));
      }
    });
    if (process.env.BENCH_VERBOSE) {
      const from = env.storageCalls.count;
      await sequentialCheckIn(people[0]!);
      process.stderr.write(`storage calls of one (repeated) check-in:\n${env.storageCalls.since(from).map((c) => `  ${c.method} ${c.path}`).join("\n")}\n`);
    }

    const concurrentCheckIn = await openRollCall(env, "bench-concurrent", "19:meeting_bench_conc@thread.v2");
    const concurrent: number[] = [];
    let wall = 0;
    const concurrentCalls = await callsPer(env, CONCURRENT, async () => {
      wall = await timed(() => Promise.all(people.slice(SEQUENTIAL, SEQUENTIAL + CONCURRENT).map(async (person) => concurrent.push(await timed(() => concurrentCheckIn(person))))));
    });
    const recorded = (await env.server.stores.attendance.list("bench-concurrent")).length;
    const rawBurst = await rawParallelUpserts(env, CONCURRENT);
    return [
      { name: "check-in invoke, sequential", samplesMs: sequential, pairedBaselineMs: paired, note: `${calls.toFixed(1)} storage calls per check-in` },
      {
        name: `check-in invoke, ${CONCURRENT} concurrent`,
        samplesMs: concurrent,
        note: `all ${CONCURRENT} done in ${Math.round(wall)} ms = ${(wall / rawBurst).toFixed(1)}× ${CONCURRENT} parallel raw upserts (${Math.round(rawBurst)} ms); ${CONCURRENT - recorded} lost; ${concurrentCalls.toFixed(1)} storage calls per check-in`,
      },
    ];
  },
};
