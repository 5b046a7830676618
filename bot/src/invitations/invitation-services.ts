import type { AuditLog } from "../audit/audit-log";
import type { Config } from "../config";
import type { Clock } from "../domain/clock";
import type { Meeting } from "../domain/meeting";
import type { Logger } from "../logger";
import type { Directory } from "../register/directory";
import { MeetingEditor } from "../meetings/meeting-editor";
import type { Meetings } from "../meetings/meetings";
import { Answers } from "./answers";
import type { Stores } from "../storage/repository";
import type { Notifier } from "../teams/notifier";
import type { Outbox } from "../outbox/outbox";
import { InvitationSender, type InvitationGraphHooks } from "./invitation-sender";
import { InvitationViews } from "./invitation-views";
import { ReminderScheduler } from "./reminder-scheduler";
import { AnswerActions } from "./answer-actions";
import { SummaryRefresher } from "./summary-refresher";

/** How long after a press on the invitation card the coordinator's summary is refreshed. */
const SUMMARY_AFTER_PRESS_MS = 100;

/** The parts of the invitations feature, shared by the bot and the API. */
export interface InvitationServices {
  directory: Directory;
  meetings: Meetings;
  answers: Answers;
  views: InvitationViews;
  summaries: SummaryRefresher;
  sender: InvitationSender;
  editor: MeetingEditor;
  actions: AnswerActions;
  scheduler: ReminderScheduler;
  /** After an answer: the coordinators' summary is brought up to date in the background. */
  answered(meeting: Meeting, memberId: string): void;
}

/** Wires the invitations feature over the shared directory, meetings and notifier. All state lives in the store. */
export function createInvitationServices(deps: {
  stores: Stores;
  directory: Directory;
  meetings: Meetings;
  notifier: Notifier;
  outbox: Outbox;
  config: Config;
  logger: Logger;
  clock: Clock;
  audit: AuditLog;
  /** Microsoft Graph around invitations (calendar event, installation), when configured. */
  graph?: InvitationGraphHooks;
}): InvitationServices {
  const { stores, notifier, outbox, config, directory, meetings, clock } = deps;
  const logger = deps.logger.child({ component: "invitations" });
  const answers = new Answers(stores, directory);
  const views = new InvitationViews(stores, directory, meetings, answers, config.publicUrl);
  const summaries = new SummaryRefresher(stores, meetings, answers, views, notifier, logger, clock);
  const sender = new InvitationSender(stores, meetings, views, notifier, summaries, logger, deps.graph);
  const editor = new MeetingEditor(stores, directory, meetings, (meeting, _agenda, change, notice) => sender.announce(meeting, change, clock.now(), notice), deps.audit);
  const answered = (meeting: Meeting, memberId: string) => {
    summaries.refresh(meeting.id, { create: false }).catch((error: unknown) => logger.error({ err: error, meetingId: meeting.id, memberId }, "summary update failed"));
  };
  // A press on the card is answered first: the summary refresh starts once the answer has gone (and answers
  // arriving meanwhile join it), so it is not part of the press's wait.
  const answeredOnCard = (meeting: Meeting, memberId: string) => {
    setTimeout(() => answered(meeting, memberId), SUMMARY_AFTER_PRESS_MS);
  };
  const actions = new AnswerActions({ stores, directory, meetings, answers, views, onAnswered: answeredOnCard, logger });
  const scheduler = new ReminderScheduler({ stores, outbox, views, logger, clock, daysBefore: config.reminders.daysBefore });
  return { directory, meetings, answers, views, summaries, sender, editor, actions, scheduler, answered };
}
