import type { Activity, Attachment } from "botbuilder";

// The few values of botbuilder that the services use outside a turn, as botbuilder 4.23 defines them.
// Importing them from botbuilder would load the whole bot layer (~1 s of CPU) at start; the bot layer is
// loaded on the first bot request instead (teams/lazy-bot.ts). test/unit/teams/activity-values.test.ts
// checks that they equal botbuilder's.

/** The activity types the services compare with or send. */
export const ActivityTypes = {
  Message: "message",
  Invoke: "invoke",
  InvokeResponse: "invokeResponse",
  InstallationUpdate: "installationUpdate",
} as const;

/** `CardFactory.adaptiveCard` of botbuilder. */
export const CardFactory = {
  adaptiveCard(card: unknown): Attachment {
    return { contentType: "application/vnd.microsoft.card.adaptive", content: card };
  },
};

/** `MessageFactory.text` and `MessageFactory.attachment` of botbuilder. */
export const MessageFactory = {
  text(text: string): Partial<Activity> {
    return { type: ActivityTypes.Message, text, inputHint: "acceptingInput" };
  },
  attachment(attachment: Attachment, text?: string): Partial<Activity> {
    const message: Partial<Activity> = { type: ActivityTypes.Message, attachmentLayout: "list", attachments: [attachment], inputHint: "acceptingInput" };
    if (text) message.text = text;
    return message;
  },
};
