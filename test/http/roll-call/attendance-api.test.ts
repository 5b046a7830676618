import assert from "node:assert/strict";
import { demoMember, DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { linkMeetingToChat } from "../../../bot/src/meeting-link/meeting-chat-link";
import { cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { cardAction, meetingConversation } from "../../helpers/activities";
import { users } from "../../helpers/demo-users";
import { cardIn, invokeCardText, withMeetingServer } from "../../helpers/roll-call";

describe("attendance API", () => {
  const meetingId = "rc-api";
  const bed = withMeetingServer(meetingId);
  const chatId = "19:meeting_api@thread.v2";
  const chair = users.chair().aadObjectId;
  const path = (personId = "") => `/meetings/${meetingId}/attendance${personId ? `/${encodeURIComponent(personId)}` : ""}`;
  const put = (user: string, personId: string, body: unknown, headers: Record<string, string> = {}) => api(bed.server.url, path(personId), { user, method: "PUT", body, headers });


  it("gives the past demo meeting's lists in the house format", async () => {
    const res = await api(bed.server.url, "/meetings/demo-2025-03-12/attendance", { user: users.aleMember().aadObjectId });
    assert.equal(res.status, 200);
    assert.equal(res.body.rollCall, "closed");
    assert.equal(res.body.records.length, 16);
    assert.ok(res.body.lists.present.some((l: { text: string }) => l.text === "Amir Haddad, Härryda (pkt 4)"));
    assert.equal(res.body.lists.present[0].text, "Elin Bergqvist, Ale");
    assert.ok(res.body.lists.absent.some((l: { text: string }) => l.text === "Camilla Sandberg, Göteborgs Stad"));
    assert.deepEqual(Object.keys(res.body.lists.present[0]).sort(), ["personId", "text"]);
    assert.ok(res.body.lists.organisationsWithNobody.some((o: { id: string; name: string }) => o.name === "Partille"));
  });

  it("lets the chair mark a member present for items before the roll call opens", async () => {
    const personId = demoMember("Sara Wikström").aadObjectId;
    const res = await put(chair, personId, { status: "present", items: [4, 2] });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.items, [2, 4]);
    assert.equal(res.body.name, "Sara Wikström");
    assert.equal(res.body.organisationName, "Härryda");
    const list = await api(bed.server.url, path(), { user: chair });
    assert.equal(list.body.rollCall, "not-started");
    assert.ok(list.body.lists.present.some((l: { text: string }) => l.text === "Sara Wikström, Härryda (pkt 2, 4)"));
  });

  it("lets the secretary and the coordinator record a new guest by name", async () => {
    const res = await put(users.secretary().aadObjectId, "guest-kim", { name: "Kim Ek", organisationName: "Röda Korset", status: "present" });
    assert.equal(res.status, 200);
    assert.equal(res.body.guest, true);
    const matched = await put(users.coordinator().aadObjectId, "guest-alva", { name: "Alva Ek", organisationId: "harryda", status: "present", items: [3] });
    assert.equal(matched.body.organisationName, "Härryda");
  });

  it("refuses a member (403), an outsider (403) and an unknown meeting (404)", async () => {
    const body = { status: "present" };
    const member = await put(users.aleMember().aadObjectId, users.aleMember().aadObjectId, body);
    assert.equal(member.status, 403);
    assert.equal(member.body.error.code, "not_allowed");
    assert.equal((await put(users.stranger().aadObjectId, users.aleMember().aadObjectId, body)).status, 403);
    assert.equal((await api(bed.server.url, path(), { user: users.stranger().aadObjectId })).status, 403);
    assert.equal((await api(bed.server.url, "/meetings/no-such/attendance/x", { user: chair, method: "PUT", body })).status, 404);
    assert.equal((await api(bed.server.url, "/meetings/no-such/attendance", { user: chair })).status, 404);
    assert.equal(await bed.server.stores.attendance.get(meetingId, users.aleMember().aadObjectId), undefined);
  });

  it("answers bad input with 400 and a clear message, and changes nothing", async () => {
    const bad: [string, unknown, RegExp][] = [
      [users.aleMember().aadObjectId, { status: "here" }, /status/],
      [users.aleMember().aadObjectId, { status: "present", items: [9] }, /ingen punkt 9/],
      [users.aleMember().aadObjectId, { status: "present", items: ["4"] }, /items/],
      [users.aleMember().aadObjectId, { status: "absent", items: [2] }, /bara för närvarande/],
      [users.aleMember().aadObjectId, { status: "present", extra: true }, /body|extra/],
      ["guest-new", { status: "present", name: "Utan Organisation" }, /organisationId eller organisationName/],
      ["guest-new", { status: "present", organisationName: "Röda Korset" }, /namn/],
      ["guest-new", { status: "present", name: "X", organisationId: "no-such-org" }, /finns inte i nätverket/],
      ["guest-new", { status: "present", name: "x".repeat(150), organisationName: "Y" }, /För lång/],
    ];
    for (const [personId, body, message] of bad) {
      const res = await put(chair, personId, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error.message, message, JSON.stringify(body));
    }
    assert.equal(await bed.server.stores.attendance.get(meetingId, users.aleMember().aadObjectId), undefined);
    assert.equal(await bed.server.stores.attendance.get(meetingId, "guest-new"), undefined);
  });

  it("opens and closes from card buttons (posting the result), then lets the chair correct the list through the API", async () => {
    await linkMeetingToChat(bed.server.stores, meetingId, { conversationId: chatId, teamsMeetingId: "MCapi" });
    const press = (user: string, verb: string) => sendActivity(bed.server.url, cardAction({ aadObjectId: user, name: "x" }, meetingConversation(chatId), verb, { meetingId }, { serviceUrl: bed.connector.url, teamsMeetingId: "MCapi" }));
    assert.match(invokeCardText((await press(users.aleMember().aadObjectId, "rollcall.open")).body), /samordnaren eller mötets ordförande/);
    assert.match(invokeCardText((await press(chair, "rollcall.open")).body), /Närvaron är startad/);
    assert.match(cardText(cardIn(bed.connector.sentTo(chatId).at(-1))), /Jag är här/);
    assert.match(invokeCardText((await press(chair, "rollcall.close")).body), /Närvaron är avslutad. Resultatet står i chatten/);
    const result = cardText(cardIn(bed.connector.sentTo(chatId).at(-1)));
    assert.match(result, /^NÄRVARANDE\n[^]*Sara Wikström, Härryda \(pkt 2, 4\)\n[^]*EJ NÄRVARANDE/m);
    assert.equal((await bed.server.stores.meetings.get(DEMO_NETWORK_ID, meetingId))!.value.rollCall, "closed");

    const res = await put(chair, users.molndalMember().aadObjectId, { status: "present" });
    assert.equal(res.status, 200);
    assert.match(cardText(cardIn(bed.connector.updatesIn(chatId).at(-1))), /✅ Ida Holm/);
    const list = await api(bed.server.url, path(), { user: users.aleMember().aadObjectId });
    assert.equal(list.body.rollCall, "closed");
    assert.ok(list.body.records.some((r: { personId: string; source: string }) => r.personId === users.molndalMember().aadObjectId && r.source === "chair"));
  });
});
