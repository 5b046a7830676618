import { defineTexts } from "../shared/texts";

/** Texts of the 1:1 "i fokus" ask card. */
export const focusCardTexts = defineTexts({
  sv: {
    title: (org: string) => `Vill ${org} vara i fokus?`,
    intro: (meeting: string, when: string) => `Samordnaren frågar om ni vill presentera er verksamhet på mötet ${meeting}, ${when}. Svara gärna här; en av er räcker.`,
    last: (date: string) => `Ni presenterade senast ${date}.`,
    never: "Ni har inte varit i fokus tidigare.",
    topic: "Vad vill ni berätta om?",
    presenters: "Vem eller vilka presenterar? (namn, skilj med komma)",
    accept: "Ja, vi presenterar",
    decline: "Inte den här gången",
    accepted: (title: string, number: number, by: string) => `Tack! Punkt ${number} "${title}" finns nu på dagordningen (svar av ${by}).`,
    declined: (by: string) => `Tack för beskedet. ${by} har tackat nej för den här gången.`,
  },
  en: {
    title: (org: string) => `Would ${org} like to be in focus?`,
    intro: (meeting: string, when: string) => `The coordinator asks whether you would like to present your work at the meeting ${meeting}, ${when}. Please answer here; one of you is enough.`,
    last: (date: string) => `You last presented on ${date}.`,
    never: "You have not been in focus before.",
    topic: "What will you present?",
    presenters: "Who will present? (names, separated by commas)",
    accept: "Yes, we will present",
    decline: "Not this time",
    accepted: (title: string, number: number, by: string) => `Thank you! Item ${number} "${title}" is now on the agenda (answered by ${by}).`,
    declined: (by: string) => `Thank you for letting us know. ${by} declined this time.`,
  },
});

/** Errors of the focus rotation. */
export const focusErrors = {
  organisationNotFound: { sv: "Organisationen finns inte i nätverket.", en: "The organisation is not in the network." },
  notAsked: { sv: "Organisationen har inte tillfrågats om det här mötet.", en: "The organisation has not been asked about this meeting." },
  alreadyAnswered: { sv: "Frågan är redan besvarad för organisationen.", en: "The question has already been answered for the organisation." },
  taken: { sv: "Mötet har redan en organisation i fokus.", en: "The meeting already has an organisation in focus." },
  notOwnOrganisation: { sv: "Bara organisationens egna medlemmar (eller samordnaren) kan svara.", en: "Only the organisation's own members (or the coordinator) can answer." },
  notUpcoming: { sv: "Frågan kan bara ställas inför ett kommande möte.", en: "The question can only be asked before an upcoming meeting." },
  notMunicipality: { sv: "Bara aktiva kommuner ingår i rotationen.", en: "Only active municipalities are in the rotation." },
} as const;
