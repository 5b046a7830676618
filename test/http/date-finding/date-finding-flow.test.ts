import assert from "node:assert/strict";
import { cardAction, personalConversation } from "../../helpers/activities";
import { cardOf, cardText, sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { chatOf, dayFromNow, serverWithConnector } from "../../helpers/invitations";
import { weekdayOf } from "../../../bot/src/domain/time";

type Card = Record<string, unknown>;

/** The first date at least `days` ahead that falls on `weekday` (0 = Sunday). */
function nextWeekday(days: number, weekday: number): string {
  for (let d = days; ; d += 1) if (weekdayOf(dayFromNow(d)) === weekday) return dayFromNow(d);
}

describe("finding the date, end to end", () => {
  const coordinator = users.coordinator();
  const ale = users.aleMember();
  const secretary = users.secretary();
  const molndal = users.molndalMember();
  const env = serverWithConnector([coordinator, ale, secretary, molndal]);
  const as = (user: { aadObjectId: string }, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(env.server.url, path, { user: user.aadObjectId, ...options });
  const invokeCard = (res: { body: unknown }) => (res.body as { value: Card }).value;
  const first = dayFromNow(40);
  const second = dayFromNow(47);
  let id = "";

  it("sends the proposals (dates and a weekday for the term) 1:1 with yes / if needed / no for each", async () => {
    const res = await as(coordinator, "/date-polls", { method: "POST", body: {
      title: "Nätverksmöte i vår",
      options: [
        { kind: "time", date: first, startTime: "09:00", endTime: "11:30" },
        { kind: "time", date: second, startTime: "13:00", endTime: "15:00" },
        { kind: "weekday", weekday: 2, partOfDay: "morning" },
      ],
    } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    id = res.body.datePoll.id;
    assert.equal(res.body.delivery.delivered, 4);
    const card = cardOf(env.connector.sentTo(chatOf(ale)).at(-1))!;
    assert.match(cardText(card), /Hitta datum: Nätverksmöte i vår/);
    assert.match(JSON.stringify(card), /tisdagar förmiddag/);
    assert.match(JSON.stringify(card), /"title":"Om det behövs","value":"maybe"/);
  });

  it("saves a member's marks from the card and shows them again", async () => {
    const res = await sendActivity(env.server.url, cardAction(ale, personalConversation(ale), "datepoll.answer", { datePollId: id, mark_d1: "yes", mark_d2: "no", mark_d3: "maybe", comment: "Helst förmiddag" }, { serviceUrl: env.connector.url }));
    assert.equal(res.status, 200);
    const card = invokeCard(res);
    assert.match(cardText(card), /Tack! Dina markeringar är sparade/);
    assert.match(JSON.stringify(card), /"id":"mark_d1".*"value":"yes"/);
    const view = await as(ale, `/date-polls/${id}`);
    assert.deepEqual(view.body.myResponse, { marks: { d1: "yes", d2: "no", d3: "maybe" }, comment: "Helst förmiddag" });
  });

  it("ranks the options by how many municipalities can come and lists who has not answered (coordinator only)", async () => {
    await as(molndal, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "maybe", d2: "yes", d3: "no" } } });
    await as(secretary, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "no", d2: "yes" } } });
    const refused = await as(ale, `/date-polls/${id}/results`);
    assert.equal(refused.status, 403);
    const res = await as(coordinator, `/date-polls/${id}/results`);
    assert.equal(res.status, 200);
    const [best, next] = res.body.scores;
    assert.equal(best.optionId, "d1", "Ale and Mölndal can both come to the first date (one if needed)");
    assert.deepEqual(best.municipalitiesCovered.sort(), ["ale", "molndal"]);
    assert.equal(best.allMunicipalities, false, "eleven other municipalities have not answered");
    assert.ok(best.municipalitiesMissing.includes("partille"));
    assert.equal(next.optionId, "d2");
    assert.ok(res.body.notAnswered.some((m: { displayName: string }) => m.displayName === "Maria Falk"));
    assert.equal(res.body.responses.length, 3);
  });

  it("reminds only those who have not marked anything", async () => {
    const before = env.connector.sentTo(chatOf(ale)).length;
    const res = await as(coordinator, `/date-polls/${id}/reminders`, { method: "POST" });
    assert.equal(res.status, 200);
    assert.equal(res.body.round, 1);
    assert.equal(env.connector.sentTo(chatOf(ale)).length, before);
    assert.equal((await as(ale, `/date-polls/${id}/reminders`, { method: "POST" })).status, 403);
  });

  it("refuses bad proposals, marks and picks, changing nothing", async () => {
    for (const body of [
      { title: "Tom", options: [] },
      { title: "Dubbel", options: [{ kind: "time", date: first, startTime: "09:00", endTime: "10:00" }, { kind: "time", date: first, startTime: "09:00", endTime: "11:00" }] },
      { title: "Baklänges", options: [{ kind: "time", date: first, startTime: "11:00", endTime: "10:00" }] },
      { title: "Förr", options: [{ kind: "time", date: dayFromNow(-3), startTime: "09:00", endTime: "10:00" }] },
      { title: "Söndag", options: [{ kind: "weekday", weekday: 0, partOfDay: "morning" }] },
      { title: "Ingen dag", options: [{ kind: "time", date: "2031-02-30", startTime: "09:00", endTime: "10:00" }] },
    ]) {
      const res = await as(coordinator, "/date-polls", { method: "POST", body });
      assert.equal(res.status, 400, JSON.stringify(body));
    }
    assert.equal((await as(coordinator, "/date-polls")).body.datePolls.length, 1);
    assert.equal((await as(ale, "/date-polls", { method: "POST", body: { title: "X", options: [{ kind: "weekday", weekday: 1, partOfDay: "day" }] } })).status, 403);
    const mark = await as(ale, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "kanske" } } });
    assert.equal(mark.status, 400);
    const unknown = await as(ale, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d9: "yes" } }, headers: { "Accept-Language": "en" } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /does not exist/);
    assert.equal((await as(users.guest(), `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "yes" } } })).status, 403);
    assert.equal((await as(ale, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d1" } })).status, 403);
    const noDate = await as(coordinator, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d3" } });
    assert.equal(noDate.body.error?.code, "date_required");
    const wrongDay = await as(coordinator, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d3", date: nextWeekday(30, 3) } });
    assert.equal(wrongDay.body.error?.code, "wrong_weekday");
    assert.equal((await as(coordinator, `/date-polls/${id}`)).body.datePoll.status, "open");
  });

  it("creates the meeting from the chosen option through the meeting service, once", async () => {
    const res = await as(coordinator, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d1" } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const meeting = await as(coordinator, `/meetings/${res.body.meetingId}`);
    assert.equal(meeting.status, 200);
    assert.equal(meeting.body.title, "Nätverksmöte i vår");
    assert.equal(meeting.body.status, "draft");
    assert.equal(meeting.body.place, "Digitalt via Teams");
    const again = await as(coordinator, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d1" } });
    assert.equal(again.body.meetingId, res.body.meetingId);
    const other = await as(coordinator, `/date-polls/${id}/pick`, { method: "POST", body: { optionId: "d2" } });
    assert.equal(other.status, 409);
    const late = await as(ale, `/date-polls/${id}/responses/me`, { method: "PUT", body: { marks: { d1: "no" } } });
    assert.equal(late.status, 409);
  });

  it("creates a meeting from a weekday option on a date of that weekday with the part of the day's times", async () => {
    const created = await as(coordinator, "/date-polls", { method: "POST", body: { title: "Höstens möten", options: [{ kind: "weekday", weekday: 4, partOfDay: "afternoon" }] } });
    const date = nextWeekday(30, 4);
    const res = await as(coordinator, `/date-polls/${created.body.datePoll.id}/pick`, { method: "POST", body: { optionId: "d1", date } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(res.body.datePoll.chosen, { optionId: "d1", meetingId: res.body.meetingId, date, startTime: "13:00", endTime: "16:00" });
  });
});
