import assert from "node:assert/strict";
import { chatIdOfJoinUrl, chatIdOfTeamsMeeting } from "../../../bot/src/domain/teams-meeting-ids";

const chatId = "19:meeting_NjkyNzAyNzQtMjAwZS00MDJj@thread.v2";
const teamsMeetingId = Buffer.from(`0#${chatId}#0`).toString("base64");

describe("Teams meeting ids", () => {
  it("finds the chat id inside a Teams meeting id (base64 of 0#<chat id>#0)", () => {
    assert.equal(chatIdOfTeamsMeeting(teamsMeetingId), chatId);
    assert.equal(chatIdOfTeamsMeeting(teamsMeetingId.replace(/=+$/, "")), chatId);
  });

  it("takes a chat id as it is", () => {
    assert.equal(chatIdOfTeamsMeeting(chatId), chatId);
  });

  it("finds nothing in ids that hold no chat id", () => {
    assert.equal(chatIdOfTeamsMeeting("MCMeeting1"), undefined);
    assert.equal(chatIdOfTeamsMeeting("%%%"), undefined);
    assert.equal(chatIdOfTeamsMeeting(""), undefined);
  });

  it("finds the chat id in an encoded join URL and nothing in a link without one", () => {
    const joinUrl = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=%7b%22Tid%22%3a%22x%22%7d`;
    assert.equal(chatIdOfJoinUrl(joinUrl), chatId);
    assert.equal(chatIdOfJoinUrl("https://teams.microsoft.com/l/meetup-join/demo"), undefined);
    assert.equal(chatIdOfJoinUrl("https://teams.microsoft.com/l/meetup-join/%E0%A4%A"), undefined);
    assert.equal(chatIdOfJoinUrl(undefined), undefined);
  });
});
