import { cardAction, meetingConversation, meetingMessage } from "../../helpers/activities";
import { sendActivity } from "../../helpers/bot-client";
import { users } from "../../helpers/demo-users";
import { createFictionalMembers, createMeetingNow } from "../../helpers/roll-call";
import { timed, type BenchEnvironment, type Measurement, type Scenario } from "../scenario";

const FULL_SEQUENTIAL = 100;
const FULL_CONCURRENT = 200;

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
    const people = (await createFictionalMembers(env.server.stores, SEQUENTIAL + CONCURRENT)).map((m) => ({ aadObjectId: m.aadObjectId, name: m.displayName }));
    const sequentialCheckIn = await openRollCall(env, "bench-sequential", "19:meeting_bench_seq@thread.v2");
    const sequential: number[] = [];
    for (const person of people.slice(0, SEQUENTIAL)) sequential.push(await timed(() => sequentialCheckIn(person)));

    const concurrentCheckIn = await openRollCall(env, "bench-concurrent", "19:meeting_bench_conc@thread.v2");
    const concurrent: number[] = [];
    const wall = await timed(() => Promise.all(people.slice(SEQUENTIAL).map(async (person) => concurrent.push(await timed(() => concurrentCheckIn(person))))));
    return [
      { name: "check-in invoke, sequential", samplesMs: sequential },
      { name: `check-in invoke, ${CONCURRENT} concurrent`, samplesMs: concurrent, note: `all ${CONCURRENT} done in ${Math.round(wall)} ms` },
    ];
  },
};
