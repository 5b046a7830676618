import assert from "node:assert/strict";
import pino from "pino";
import { CARD_GATHER_MS, RollCallCards } from "../../../bot/src/roll-call/roll-call-cards";
import type { CardState, RollCallService } from "../../../bot/src/roll-call/roll-call-service";
import type { Notifier } from "../../../bot/src/teams/notifier";

describe("updates of the posted roll-call card gather the check-ins being written", () => {
  const events: string[] = [];
  const state = { snapshot: { rollCall: { conversationId: "19:chat", cardActivityId: "card-1" }, meeting: { value: { id: "m" } }, network: { language: "sv" } }, versions: "v1" } as unknown as CardState;
  const rollCalls = {
    cardState: async () => {
      events.push("drawn");
      return state;
    },
    versions: async () => "v1",
  } as unknown as RollCallService;
  const notifier = { updateInChat: async () => ({ status: "sent" }) } as unknown as Notifier;
  // The card itself is not what these tests are about.
  class Cards extends RollCallCards {
    override sharedCard() {
      return { type: "AdaptiveCard" as const };
    }
  }
  const cards = new Cards(rollCalls, notifier, pino({ level: "silent" }));

  beforeEach(() => events.splice(0));

  it("starts at once when no check-in of the meeting is being written", async () => {
    const other = cards.writing("another-meeting");
    await cards.update("m");
    assert.deepEqual(events, ["drawn"]);
    other();
  });

  it("waits for a check-in still being written, and draws the card once it is", async () => {
    const done = cards.writing("m");
    const updated = cards.update("m").then(() => events.push("updated"));
    await new Promise((resolve) => setTimeout(resolve, 1));
    events.push("written");
    done();
    done();
    await updated;
    assert.deepEqual(events, ["written", "drawn", "updated"]);
  });

  it(`waits at most ${CARD_GATHER_MS} ms for a write that does not end`, async () => {
    const never = cards.writing("m");
    const from = performance.now();
    await cards.update("m");
    assert.ok(performance.now() - from >= CARD_GATHER_MS - 1);
    assert.deepEqual(events, ["drawn"]);
    never();
  });
});
