import type { MeetingForm, RollCallState } from "../../bot/src/domain/meeting";
import type { MeetingPhase } from "../../bot/src/domain/meeting-phase";
import type { Language } from "../../bot/src/domain/network";
import type { SubmittedWhen } from "../../bot/src/domain/round-table";
import type { AnswerChoice } from "../../bot/src/domain/answer";

const statuses: Record<MeetingPhase, { sv: string; en: string }> = {
  draft: { sv: "Utkast", en: "Draft" },
  invited: { sv: "Kallelse skickad", en: "Invitation sent" },
  "in-progress": { sv: "Pågår", en: "In progress" },
  "minutes-draft": { sv: "Anteckningar skrivs", en: "Minutes in progress" },
  published: { sv: "Anteckningar publicerade", en: "Minutes published" },
  cancelled: { sv: "Inställt", en: "Cancelled" },
};

const forms: Record<MeetingForm, { sv: string; en: string }> = {
  digital: { sv: "Digitalt", en: "Online" },
  onsite: { sv: "På plats", en: "On site" },
  hybrid: { sv: "Hybrid", en: "Hybrid" },
};

const answers: Record<AnswerChoice | "none", { sv: string; en: string }> = {
  attending: { sv: "Kommer", en: "Attending" },
  declined: { sv: "Kommer inte", en: "Not attending" },
  substitute: { sv: "Skickar ersättare", en: "Sending a substitute" },
  none: { sv: "Inte svarat", en: "No answer" },
};

const tentativeLabel = { sv: "Kommer (preliminärt)", en: "Attending (tentative)" };

const rollCalls: Record<RollCallState, { sv: string; en: string }> = {
  "not-started": { sv: "Närvaroregistreringen har inte börjat", en: "Roll call not started" },
  open: { sv: "Närvaroregistrering pågår", en: "Roll call in progress" },
  closed: { sv: "Närvaroregistreringen är avslutad", en: "Roll call closed" },
};

const submitted: Record<SubmittedWhen, { sv: string; en: string }> = {
  before: { sv: "före mötet", en: "before the meeting" },
  during: { sv: "under mötet", en: "during the meeting" },
  after: { sv: "efter mötet", en: "after the meeting" },
};

/** A meeting's phase (see meetingPhase) for people. */
export const statusLabel = (phase: MeetingPhase, language: Language): string => statuses[phase][language];
/** A meeting form for people. */
export const formLabel = (form: MeetingForm, language: Language): string => forms[form]?.[language] ?? form;
/** An invitation answer for people ("Inte svarat" when there is none). */
export const answerLabel = (answer: AnswerChoice | null | undefined, language: Language): string => answers[answer ?? "none"][language];
/** An answer for people, with a tentative acceptance from Outlook shown as such. */
export const answerLabelWithTentative = (answer: AnswerChoice | null | undefined, tentative: boolean | undefined, language: Language): string =>
  answer === "attending" && tentative ? tentativeLabel[language] : answerLabel(answer, language);
/** A roll-call state for people. */
export const rollCallLabel = (state: RollCallState, language: Language): string => rollCalls[state]?.[language] ?? state;
/** When a round-table entry was written, for people. */
export const submittedLabel = (when: SubmittedWhen, language: Language): string => submitted[when]?.[language] ?? when;
