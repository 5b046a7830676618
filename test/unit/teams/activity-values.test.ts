import assert from "node:assert/strict";
import * as botbuilder from "botbuilder";
import { ActivityTypes, CardFactory, MessageFactory } from "../../../bot/src/teams/activity-values";

describe("the botbuilder values the services use without loading botbuilder", () => {
  it("are botbuilder's activity types", () => {
    for (const [name, value] of Object.entries(ActivityTypes)) assert.equal(value, botbuilder.ActivityTypes[name as keyof typeof botbuilder.ActivityTypes], name);
  });

  it("build the same attachments and messages as botbuilder's factories", () => {
    const card = { type: "AdaptiveCard", version: "1.5", body: [] };
    assert.deepEqual(CardFactory.adaptiveCard(card), botbuilder.CardFactory.adaptiveCard(card));
    const attachment = CardFactory.adaptiveCard(card);
    assert.deepEqual(MessageFactory.attachment(attachment), botbuilder.MessageFactory.attachment(attachment));
    assert.deepEqual(MessageFactory.attachment(attachment, "Hej"), botbuilder.MessageFactory.attachment(attachment, "Hej"));
    assert.deepEqual(MessageFactory.text("Hej"), botbuilder.MessageFactory.text("Hej"));
  });
});
