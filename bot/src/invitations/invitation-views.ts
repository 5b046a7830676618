import type { AgendaItem } from "../domain/agenda";
import type { Meeting } from "../domain/meeting";
import type { Member } from "../domain/member";
import type { Language, Network } from "../domain/network";
import type { Directory } from "../register/directory";
import type { Meetings } from "../meetings/meetings";
import type { Answers } from "./answers";
import type { Stores } from "../storage/repository";
import type { Answer } from "../domain/answer";
import type { Card } from "../shared/card-parts";
import { invitationCard } from "./invitation-card";
import { personLanguage } from "../teams/person-language";

/** What every invitee's card of one meeting is built from, read once per meeting. */
export interface MeetingView {
  meeting: Meeting;
  agenda: AgendaItem[];
  network: Network;
  members: Member[];
}

/** Builds invitees' cards and picks the language each person reads. */
export class InvitationViews {
  constructor(
    private readonly stores: Stores,
    private readonly directory: Directory,
    private readonly meetings: Meetings,
    private readonly answers: Answers,
    private readonly publicUrl: string,
  ) {}

  /** Reads what the cards of a meeting need. */
  async view(meeting: Meeting): Promise<MeetingView> {
    const [agenda, network, members] = await Promise.all([
      this.meetings.agenda(meeting.id),
      this.directory.network(meeting.networkId),
      this.directory.members(meeting.networkId),
    ]);
    return { meeting, agenda, network, members };
  }

  /** The language of a person's Teams client as last seen by the bot, else the network's. */
  async languageOf(aadObjectId: string, network: Network): Promise<Language> {
    return personLanguage(this.stores, aadObjectId, network.language);
  }

  /** The link to the meeting's .ics that works without signing in, for one invitee. */
  calendarUrl(meetingId: string, memberId: string, calendarKey: string): string {
    const query = new URLSearchParams({ invitee: memberId, key: calendarKey });
    return `${this.publicUrl}/api/v1/meetings/${encodeURIComponent(meetingId)}/calendar.ics?${query.toString()}`;
  }

  /** One invitee's invitation card as it should look now. */
  async card(
    view: MeetingView,
    memberId: string,
    options: { language: Language; now: Date; calendarKey?: string; mode?: "view" | "edit"; error?: string; known?: { calendarKey?: string; rsvp?: Answer } },
  ): Promise<Card> {
    // `known`: the invitee's calendar key and answer as the caller read them in this turn (then not read again).
    const { known } = options;
    const key = options.calendarKey ?? (known ? known.calendarKey : (await this.stores.invitations.get(view.meeting.id, memberId))?.value.calendarKey);
    const nameOf = (id?: string) => view.members.find((m) => m.aadObjectId === id)?.displayName;
    return invitationCard({
      meeting: view.meeting,
      agenda: view.agenda,
      networkName: view.network.name,
      memberId,
      rsvp: known ? known.rsvp : await this.answers.answerOf(view.meeting.id, memberId),
      language: options.language,
      calendarUrl: key ? this.calendarUrl(view.meeting.id, memberId, key) : `${this.publicUrl}/api/v1/meetings/${encodeURIComponent(view.meeting.id)}/calendar.ics`,
      chairName: nameOf(view.meeting.chairId),
      secretaryName: nameOf(view.meeting.secretaryId),
      now: options.now,
      mode: options.mode,
      error: options.error,
    });
  }
}
