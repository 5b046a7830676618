import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Poll } from "../../bot/src/domain/poll";
import type { DatePoll } from "../../bot/src/domain/date-poll";
import type { Stores } from "../../bot/src/storage/repository";

/** The role world's polls: one open named poll, one to close; date polls: one to answer, one to pick. */
export const MATRIX_POLL_ID = "matrix-poll";
export const MATRIX_POLL_TO_CLOSE_ID = "matrix-poll-close";
export const MATRIX_DATE_POLL_ID = "matrix-date-poll";
export const MATRIX_DATE_POLL_TO_PICK_ID = "matrix-date-poll-pick";

const coordinatorId = () => demoMember("Johan Berg").aadObjectId;

function poll(id: string): Poll {
  return {
    id, networkId: DEMO_NETWORK_ID, question: "Vilken veckodag passar bäst?", kind: "single", options: [{ id: "o1", text: "Tisdag" }, { id: "o2", text: "Torsdag" }],
    anonymous: false, audience: "members", status: "open", resultsShared: false, createdBy: coordinatorId(), createdAt: "2031-01-10T08:00:00.000Z",
    salt: "matrix-salt", reminderRounds: 0,
  };
}

function datePoll(id: string): DatePoll {
  return {
    id, networkId: DEMO_NETWORK_ID, title: "Vårens möte", form: "digital", place: "Digitalt via Teams", status: "open", createdBy: coordinatorId(),
    createdAt: "2031-01-10T08:00:00.000Z", reminderRounds: 0,
    options: [{ id: "d1", kind: "time", date: "2031-06-10", startTime: "09:00", endTime: "11:00" }, { id: "d2", kind: "weekday", weekday: 2, partOfDay: "morning" }],
  };
}

/** Writes the role world's polls and date polls straight into the store (nothing is sent). */
export async function seedPollWorld(stores: Stores): Promise<void> {
  await stores.polls.create(poll(MATRIX_POLL_ID));
  await stores.polls.create(poll(MATRIX_POLL_TO_CLOSE_ID));
  await stores.datePolls.create(datePoll(MATRIX_DATE_POLL_ID));
  await stores.datePolls.create(datePoll(MATRIX_DATE_POLL_TO_PICK_ID));
}
