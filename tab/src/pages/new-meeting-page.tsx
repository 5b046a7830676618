import { Body1, Link, Title2 } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { MeetingDetail } from "../../../bot/src/api/contract";
import { useText } from "../i18n";
import { mayManageMeetings } from "../permissions";
import { hrefOf, navigate } from "../router";
import { useSession } from "../session";
import { MeetingForm } from "./meeting-form";
import { emptyMeetingDraft, meetingInputOf, type MeetingDraft } from "./meeting-form-draft";

const text = {
  sv: { back: "Alla möten", title: "Nytt möte", facts: "Mötets uppgifter", save: "Skapa mötet", coordinatorOnly: "Bara nätverkets samordnare kan skapa möten." },
  en: { back: "All meetings", title: "New meeting", facts: "The meeting's facts", save: "Create the meeting", coordinatorOnly: "Only the network's coordinator can create meetings." },
};

const initial = emptyMeetingDraft();

/** The coordinator's form for a new meeting (`POST /meetings`); on success it opens the new meeting. */
export function NewMeetingPage() {
  const t = useText(text);
  const { call, membership } = useSession();
  const create = async (draft: MeetingDraft) => {
    const meeting = await call<MeetingDetail>("/meetings", { method: "POST", body: JSON.stringify(meetingInputOf(draft, false)) });
    navigate({ page: "meeting", meetingId: meeting.id, tab: "agenda" });
  };
  return (
    <main aria-labelledby="new-meeting-title">
      <Link href={hrefOf({ page: "meetings" })}><ArrowLeftRegular aria-hidden="true" /> {t.back}</Link>
      <Title2 as="h1" block id="new-meeting-title">{t.title}</Title2>
      {mayManageMeetings(membership?.member) ? (
        <MeetingForm heading={t.facts} saveLabel={t.save} initial={initial} onSave={create} onCancel={() => navigate({ page: "meetings" })} />
      ) : <Body1 as="p" block>{t.coordinatorOnly}</Body1>}
    </main>
  );
}
