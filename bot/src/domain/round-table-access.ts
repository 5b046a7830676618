import { conflict, forbidden, invalid } from "./errors";
import type { Meeting } from "./meeting";
import type { Member } from "./member";
import type { Organisation } from "./network";
import type { SubmittedWhen } from "./round-table";
import { may } from "./roles";

/** What an allowed edit needs to know afterwards. */
export interface EditPermission {
  /** The minutes are published: the edit is the secretary's or coordinator's and gets logged. */
  afterPublication: boolean;
}

/**
 * Decides whether a member may write an organisation's round-table entry of a meeting: any member (not a
 * guest) of that organisation, or the coordinator or the meeting's secretary for any organisation; after
 * the minutes are published only the secretary or coordinator. Throws the refusal otherwise.
 */
export function assertMayEditEntry(
  editor: Member,
  organisation: Organisation,
  meeting: Pick<Meeting, "chairId" | "secretaryId" | "status">,
): EditPermission {
  if (meeting.status === "cancelled") throw conflict("meeting_cancelled", "Mötet är inställt.", "The meeting is cancelled.");
  if (organisation.kind === "annan") {
    throw invalid(
      "not_in_round_table",
      `${organisation.name} är inte med i rundan (bara kommuner, myndigheter och regionen).`,
      `${organisation.name} is not part of the round table (only municipalities, agencies and the region).`,
    );
  }
  if (mayEditEntry(editor, organisation.id, meeting)) return { afterPublication: meeting.status === "published" };
  const editsAny = may(editor, "edit-round-table-any", meeting);
  if (meeting.status === "published" && !editsAny) {
    throw forbidden(
      "minutes_published",
      "Anteckningarna är publicerade. Nu kan bara mötets sekreterare eller samordnaren ändra aktuellt läge.",
      "The minutes are published. Only the meeting's secretary or the coordinator can change the update now.",
    );
  }
  throw forbidden(
    "not_your_organisation",
    `Du kan bara skriva aktuellt läge för din egen organisation, inte för ${organisation.name}.`,
    `You can only write the update of your own organisation, not of ${organisation.name}.`,
  );
}

/**
 * The round-table edit rule, shared by the server and the tab: the coordinator and the meeting's secretary
 * write any organisation's entry; a member (not a guest) writes their own organisation's until the minutes
 * are published; nobody writes in a cancelled meeting.
 */
export function mayEditEntry(editor: Member, organisationId: string, meeting: Pick<Meeting, "chairId" | "secretaryId" | "status">): boolean {
  if (meeting.status === "cancelled" || !editor.active) return false;
  if (may(editor, "edit-round-table-any", meeting)) return true;
  return meeting.status !== "published" && editor.role !== "guest" && editor.organisationId === organisationId;
}

/**
 * When an update is written relative to the meeting: before its start, during it, or after its end (or
 * once the meeting is over by its status, whatever the clock says).
 */
export function submittedWhen(meeting: Pick<Meeting, "startUtc" | "endUtc" | "status">, now: Date, inMeetingChat = false): SubmittedWhen {
  if (meeting.status === "minutes-draft" || meeting.status === "published") return "after";
  if (inMeetingChat) return "during";
  if (now.getTime() < Date.parse(meeting.startUtc)) return "before";
  return now.getTime() <= Date.parse(meeting.endUtc) ? "during" : "after";
}
