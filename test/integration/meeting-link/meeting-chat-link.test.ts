import assert from "node:assert/strict";
import { fixedClock } from "../../../bot/src/domain/clock";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import type { Meeting } from "../../../bot/src/domain/meeting";
import { findMeetingForChat, linkMeetingToChat } from "../../../bot/src/meeting-link/meeting-chat-link";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";

const meeting = (id: string, startUtc: string, extra: Partial<Meeting> = {}): Meeting => ({
  id, networkId: DEMO_NETWORK_ID, title: `Möte ${id}`, startUtc, endUtc: new Date(Date.parse(startUtc) + 2 * 3600_000).toISOString(),
  form: "digital", place: "Teams", status: "invited", rollCall: "not-started", sequence: 0, ...extra,
});

describe("linking a Teams meeting chat to a network meeting", () => {
  let storage: TestStorage;
  const now = new Date("2030-05-06T08:30:00Z");
  beforeEach(async () => {
    storage = await startTestStorage();
    await seedDemoData(storage.stores, fixedClock("2026-11-23T00:00:00Z"));
  });
  afterEach(() => storage.stop());

  it("guesses the only meeting happening around now without linking it; once linked, finds it again by chat id", async () => {
    await storage.stores.meetings.create(meeting("m1", "2030-05-06T08:00:00Z"));
    const chat = { conversationId: "19:meeting_a@thread.v2", teamsMeetingId: "MCid" };
    const first = await findMeetingForChat(storage.stores, chat, [DEMO_NETWORK_ID], now);
    assert.equal(first.kind === "guessed" && first.meeting.id, "m1");
    assert.equal((await storage.stores.meetings.get(DEMO_NETWORK_ID, "m1"))!.value.chatConversationId, undefined, "a guess stores nothing");
    await linkMeetingToChat(storage.stores, "m1", chat);
    const stored = (await storage.stores.meetings.get(DEMO_NETWORK_ID, "m1"))!.value;
    assert.equal(stored.chatConversationId, "19:meeting_a@thread.v2");
    assert.equal(stored.teamsMeetingId, "MCid");
    const later = await findMeetingForChat(storage.stores, { conversationId: "19:meeting_a@thread.v2" }, [DEMO_NETWORK_ID], new Date("2031-01-01T00:00:00Z"));
    assert.equal(later.kind === "linked" && later.meeting.value.id, "m1");
  });

  it("finds a meeting by the chat id inside its Teams join URL, whatever the date", async () => {
    await storage.stores.meetings.create(meeting("m2", "2030-09-01T08:00:00Z", {
      joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b%40thread.v2/0?context=%7b%7d",
    }));
    const link = await findMeetingForChat(storage.stores, { conversationId: "19:meeting_b@thread.v2" }, [DEMO_NETWORK_ID], now);
    assert.equal(link.kind === "linked" && link.meeting.value.id, "m2");
  });

  it("reports several meetings around now as ambiguous, and none as none", async () => {
    assert.equal((await findMeetingForChat(storage.stores, { conversationId: "19:x" }, [DEMO_NETWORK_ID], now)).kind, "none");
    await storage.stores.meetings.create(meeting("m3", "2030-05-06T08:00:00Z"));
    await storage.stores.meetings.create(meeting("m4", "2030-05-06T12:00:00Z"));
    const link = await findMeetingForChat(storage.stores, { conversationId: "19:x" }, [DEMO_NETWORK_ID], now);
    assert.equal(link.kind, "ambiguous");
    assert.deepEqual(link.kind === "ambiguous" && link.candidates.map((m) => m.id), ["m3", "m4"]);
  });

  it("never links a cancelled meeting or one of another network", async () => {
    await storage.stores.meetings.create(meeting("m5", "2030-05-06T08:00:00Z", { status: "cancelled" }));
    await storage.stores.meetings.create(meeting("m6", "2030-05-06T08:00:00Z", { networkId: "other-network" }));
    assert.equal((await findMeetingForChat(storage.stores, { conversationId: "19:y" }, [DEMO_NETWORK_ID], now)).kind, "none");
  });
});
