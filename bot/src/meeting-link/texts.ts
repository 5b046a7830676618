import { defineTexts } from "../shared/texts";

/** What finding a meeting chat's network meeting, and linking it, says. */
export const meetingLinkTexts = defineTexts({
  sv: {
    typeInMeetingChat: "Skriv det här i mötets chatt.",
    notAMember: "Du är inte registrerad som medlem i nätverket. Kontakta nätverkets samordnare om du ska ha tillgång.",
    noMeeting: "Jag hittar inget nätverksmöte för den här chatten. Lägg in mötets Teams-länk i mötet (fliken Dagordning) och försök igen.",
    chooseFirst: "Samordnaren behöver först välja möte på kortet ovan.",
    notLinkedYet: "Chatten är inte kopplad till något nätverksmöte än. Det gör samordnaren eller mötets ordförande genom att starta närvaron eller rundan här.",
    noSuchMeeting: "Mötet finns inte.",
    onlyCoordinator: "Bara samordnaren kan välja möte.",
    otherChat: "Mötet hör redan till en annan chatt.",
    choiceTitle: "Vilket nätverksmöte är det här?",
    choiceHint: "Flera möten passar. Samordnaren väljer ett — det behövs bara en gång.",
    linked: (title: string, when: string) => `Chatten hör till ${title}, ${when}. Skriv kommandot igen.`,
  },
  en: {
    typeInMeetingChat: "Type this in the meeting chat.",
    notAMember: "You are not registered as a member of the network. Contact the network's coordinator if you should have access.",
    noMeeting: "I can't find a network meeting for this chat. Add the Teams link to the meeting (Agenda tab) and try again.",
    chooseFirst: "The coordinator first needs to choose the meeting on the card above.",
    notLinkedYet: "This chat is not linked to a network meeting yet. The coordinator or the meeting's chair does that by starting the roll call or the round table here.",
    noSuchMeeting: "The meeting does not exist.",
    onlyCoordinator: "Only the coordinator can choose the meeting.",
    otherChat: "The meeting already belongs to another chat.",
    choiceTitle: "Which network meeting is this?",
    choiceHint: "Several meetings match. The coordinator chooses one — needed only once.",
    linked: (title, when) => `This chat belongs to ${title}, ${when}. Type the command again.`,
  },
});
