import { isAppError } from "../domain/errors";
import { cardActionRefusedCard } from "../meeting-link/meeting-choice-card";
import { languageOf } from "../shared/language";
import type { BotContext } from "../teams/bot-app";
import { cardCaller } from "../teams/card-caller";
import { DIALOGUE_NOTES_VERB, dialogueNotesCard } from "./notes-card";
import { notesCardTexts } from "./texts";

interface NotesData {
  meetingId?: unknown;
  itemNumber?: unknown;
  groupId?: unknown;
  etag?: unknown;
  text?: unknown;
}

/**
 * Group dialogues in the 1:1 chat: the scribe's card saves the group's notes (eTag-checked: a save over someone
 * else's newer version is refused and the typed text kept); the card shows what is stored after each save.
 */
export function dialoguesFeature(ctx: BotContext): void {
  const dialogues = ctx.services.dialogues;
  ctx.app.adaptiveCards.actionExecute<NotesData>(DIALOGUE_NOTES_VERB, async (turn, _state, data) => {
    const language = languageOf(turn.activity.locale);
    const caller = await cardCaller(ctx, data.meetingId, turn.activity.from.aadObjectId, language);
    if ("refusal" in caller) return caller.refusal;
    const { meeting, member } = caller;
    const itemNumber = Number(data.itemNumber);
    const groupId = String(data.groupId ?? "");
    const text = typeof data.text === "string" ? data.text : "";
    try {
      const setup = await dialogues.setup(meeting, Number.isInteger(itemNumber) ? itemNumber : -1);
      const group = setup.value.groups.find((g) => g.id === groupId);
      const itemTitle = (await ctx.services.meetings.agenda(meeting.id)).find((i) => i.number === itemNumber)?.title ?? "";
      const shown = { meeting, itemTitle, setup: setup.value };
      try {
        const saved = await dialogues.writeNotes(member, meeting, itemNumber, groupId, text, typeof data.etag === "string" && data.etag ? data.etag : undefined, ctx.clock.now());
        return dialogueNotesCard({ ...shown, group: group!, notes: saved, notice: { message: notesCardTexts[language].saved, isError: false } }, language);
      } catch (error) {
        if (!isAppError(error) || error.kind !== "conflict" || !group) throw error;
        const notes = await dialogues.notesOf(meeting, itemNumber, groupId);
        return dialogueNotesCard({ ...shown, group, ...(notes ? { notes } : {}), notice: { message: error.text[language], isError: true }, kept: text }, language);
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      return cardActionRefusedCard(error.text[language]);
    }
  });
}
