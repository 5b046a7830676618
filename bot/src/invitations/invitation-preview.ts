import { activeMembers } from "../domain/member";
import type { Language } from "../domain/network";
import { assertMay } from "../domain/roles";
import { reachOf } from "../register/member-reach";
import type { Stores } from "../storage/repository";
import type { Card } from "../shared/card-parts";
import type { Meetings } from "../meetings/meetings";
import type { InvitationViews } from "./invitation-views";
import type { Directory } from "../register/directory";

/** An invitee the bot cannot write to: the app is not installed for them (no 1:1 chat known). */
export interface PreviewInvitee {
  memberId: string;
  displayName: string;
  organisationName: string;
}

/** What sending would do, shown before the coordinator confirms: the card, and who it would and would not reach. */
export interface InvitationPreview {
  meetingId: string;
  /** The card as an invitee without an answer gets it (Adaptive Card 1.5). */
  card: Card;
  /** Active members who are not guests: everyone the invitation is for. */
  invitees: number;
  /** Invitees whose card already shows this version of the meeting (not sent again). */
  alreadyHave: number;
  /** Invitees without the app: sending will not reach them. */
  unreachable: PreviewInvitee[];
}

/** Builds the coordinator's preview of a meeting's invitation without sending or writing anything. */
export async function previewInvitation(
  deps: { stores: Stores; meetings: Meetings; views: InvitationViews; directory: Directory },
  callerId: string,
  meetingId: string,
  language: Language,
  now: Date,
): Promise<InvitationPreview> {
  const { meeting, member } = await deps.meetings.getFor(callerId, meetingId);
  assertMay(member, "send-invitations");
  const [view, rows, organisations] = await Promise.all([
    deps.views.view(meeting.value),
    deps.stores.invitations.list(meetingId),
    deps.directory.organisations(meeting.value.networkId),
  ]);
  const invitees = activeMembers(view.members);
  const reach = await reachOf(deps.stores, invitees);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const current = new Set(rows.filter((r) => r.value.activityId && r.value.sequence === meeting.value.sequence).map((r) => r.value.memberId));
  // A stand-in invitee id: the card is everyone's card, without anyone's answer or calendar key.
  const card = await deps.views.card(view, "preview", { language, now, known: {} });
  return {
    meetingId,
    card,
    invitees: invitees.length,
    alreadyHave: invitees.filter((m) => current.has(m.aadObjectId)).length,
    unreachable: invitees
      .filter((m) => !reach.get(m.aadObjectId)?.appInstalled)
      .map((m) => ({ memberId: m.aadObjectId, displayName: m.displayName, organisationName: orgName.get(m.organisationId) ?? "" })),
  };
}
