import { isAppError, notFound } from "../domain/errors";
import type { MinutesService } from "../minutes/minutes-service";
import type { Stores } from "../storage/repository";
import type { NotesAppender } from "./poll-service";

const itemKey = (n: number) => String(n).padStart(4, "0");
const CHANGE_NOTE = "Resultatet av en enkät har förts in under punkten.";

/**
 * Appends text to an agenda item's notes through the minutes service (its rules: who may edit, sizes,
 * eTag, a change note after publishing), reading the item again when someone saved it in between.
 */
export function minutesNotesAppender(stores: Stores, minutes: MinutesService): NotesAppender {
  return async (callerId, meetingId, itemNumber, text) => {
    for (let attempt = 1; ; attempt += 1) {
      const item = await stores.agenda.get(meetingId, itemKey(itemNumber));
      if (!item) throw notFound("agenda_item_not_found", `Dagordningen har ingen punkt ${itemNumber}.`, `The agenda has no item ${itemNumber}.`);
      const before = item.value.notes?.trimEnd() ?? "";
      try {
        await minutes.editItem(callerId, meetingId, itemNumber, { notes: before ? `${before}\n\n${text}` : text, changeNote: CHANGE_NOTE }, item.etag);
        return;
      } catch (error) {
        if (!(isAppError(error) && error.code === "concurrent_update" && attempt < 4)) throw error;
      }
    }
  };
}
