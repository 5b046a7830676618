import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import { isAppError } from "../domain/errors";
import type { Language } from "../domain/network";
import { cleanName, findPersonByName, guestPerson, parseGuest, splitItems } from "../domain/roll-call-input";
import { languageOf } from "../shared/language";
import { candidatesOf } from "./roll-call-service";
import type { BotContext } from "../teams/bot-app";
import { rollCallResultCard } from "./roll-call-result";
import { meetingOfChat, type MeetingInChat } from "../meeting-link/meeting-chat";
import type { RollCallServices } from "./roll-call-services";
import { rollCallTexts } from "./texts";

/** Runs a roll-call command in a meeting chat: finds the meeting, and answers any refusal in the user's language. */
async function inMeetingChat(turn: TurnContext, ctx: BotContext, work: (found: MeetingInChat, language: Language) => Promise<string | undefined>): Promise<void> {
  const found = await meetingOfChat(turn, ctx);
  if (!found) return;
  const language = languageOf(turn.activity.locale);
  try {
    const reply = await work(found, language);
    if (reply) await turn.sendActivity(reply);
  } catch (error) {
    if (!isAppError(error)) throw error;
    await turn.sendActivity(error.text[language]);
  }
}

const argsOf = (turn: TurnContext, pattern: RegExp) => pattern.exec(turn.activity.text ?? "")?.[2] ?? "";

const MARK = /^\s*(närvarande|frånvarande|present|absent)\s+(\S[\s\S]*?)\s*$/iu;
const GUEST = /^\s*(gäst|guest)\s+(\S[\s\S]*?)\s*$/iu;

/**
 * Registers the roll-call commands of the meeting chat: `närvaro`, `närvarande <namn> [pkt N]`,
 * `frånvarande <namn>`, `gäst <namn>, <organisation> [pkt N]`, `ångra`, `avsluta närvaro` (and English).
 */
export function registerRollCallCommands(ctx: BotContext, deps: RollCallServices): void {
  const { app, commands } = ctx;
  const { rollCalls, writes, cards } = deps;
  const where = "meeting" as const;
  // Placeholders are written without <…>: Teams' card renderer drops anything that looks like markup.
  const open = commands.add({ words: ["närvaro", "roll call"], description: { sv: "startar närvaron och visar närvarokortet", en: "starts the roll call and shows its card" }, where });
  commands.add({ words: ["närvarande Namn [pkt N]", "present Name [item N]"], description: { sv: "markerar någon som närvarande (ordförande, sekreterare)", en: "marks someone present (chair, secretary)" }, where });
  commands.add({ words: ["frånvarande Namn", "absent Name"], description: { sv: "markerar någon som frånvarande", en: "marks someone absent" }, where });
  commands.add({ words: ["gäst Namn, Organisation [pkt N]", "guest Name, Organisation [item N]"], description: { sv: "lägger till en gäst", en: "adds a guest" }, where });
  const undo = commands.add({ words: ["ångra", "undo"], description: { sv: "ångrar din senaste ändring av närvaron", en: "undoes your latest roll-call change" }, where });
  const close = commands.add({ words: ["avsluta närvaro", "close roll call"], description: { sv: "avslutar närvaron och visar resultatet", en: "closes the roll call and shows the result" }, where });

  app.message(open, (turn) => inMeetingChat(turn, ctx, async ({ meeting, member }) => {
    await rollCalls.open(meeting.value, member, turn.activity.conversation.id);
    await cards.post(turn, await rollCalls.snapshot(meeting.value.id));
    ctx.logger.info({ meetingId: meeting.value.id, by: member.aadObjectId }, "roll call opened");
    return undefined;
  }));

  app.message(MARK, (turn) => inMeetingChat(turn, ctx, async ({ meeting, member }, language) => {
    const record = await writes.markWith(meeting.value, member, (snapshot) => {
      const word = (MARK.exec(turn.activity.text ?? "")?.[1] ?? "").toLowerCase();
      const { rest, items } = splitItems(argsOf(turn, MARK));
      const person = findPersonByName(cleanName(rest, { sv: "ett namn", en: "a name" }), candidatesOf(snapshot));
      return { person, status: word === "närvarande" || word === "present" ? "present" : "absent", items };
    });
    await cards.update(meeting.value.id);
    return rollCallTexts[language].marked(record);
  }));

  app.message(GUEST, (turn) => inMeetingChat(turn, ctx, async ({ meeting, member }, language) => {
    const record = await writes.markWith(meeting.value, member, (snapshot) => {
      const guest = parseGuest(argsOf(turn, GUEST));
      return { person: guestPerson(guest.name, guest.organisation, snapshot.organisations), status: "present", items: guest.items };
    });
    await cards.update(meeting.value.id);
    return rollCallTexts[language].marked(record);
  }));

  app.message(undo, (turn) => inMeetingChat(turn, ctx, async ({ meeting, member }, language) => {
    const entry = await rollCalls.undo(meeting.value, member);
    await cards.update(meeting.value.id);
    return rollCallTexts[language].undone(entry);
  }));

  app.message(close, (turn) => inMeetingChat(turn, ctx, async ({ meeting, member }) => {
    await rollCalls.close(meeting.value, member);
    const snapshot = await cards.update(meeting.value.id);
    ctx.logger.info({ meetingId: meeting.value.id, by: member.aadObjectId }, "roll call closed");
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(rollCallResultCard(snapshot, snapshot.network.language))));
    return undefined;
  }));
}
