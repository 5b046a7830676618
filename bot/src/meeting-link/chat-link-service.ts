import type { AgendaItem } from "../domain/agenda";
import type { Meeting } from "../domain/meeting";
import { assertMay } from "../domain/roles";
import type { Meetings } from "../meetings/meetings";
import type { Stored, Stores } from "../storage/repository";

/**
 * The coordinator's hold on which Teams chat a meeting's cards go to. The link itself is made from Teams' own
 * ids (or by the chair acting in the chat); changing the meeting's Teams link moves it; this removes it.
 */
export class ChatLinkService {
  constructor(private readonly stores: Stores, private readonly meetings: Meetings) {}

  /** Removes the link to the meeting chat (coordinator; eTag-checked with `ifMatch` when given). */
  async unlink(callerId: string, meetingId: string, ifMatch: string | undefined): Promise<{ meeting: Stored<Meeting>; agenda: AgendaItem[] }> {
    const { meeting, member } = await this.meetings.getFor(callerId, meetingId);
    assertMay(member, "manage-meeting");
    const unlinked: Meeting = { ...meeting.value };
    delete unlinked.chatConversationId;
    delete unlinked.teamsMeetingId;
    const stored = await this.stores.meetings.replace(unlinked, ifMatch ?? meeting.etag);
    return { meeting: stored, agenda: await this.meetings.agendaFor(member, stored.value) };
  }
}
