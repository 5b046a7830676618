import { Body1, Link, Title2 } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MeetingDetail, NetworkPayload } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useText } from "../i18n";
import { mayManageMeetings } from "../permissions";
import { hrefOf, navigate } from "../router";
import { useApi, useSession } from "../session";
import { copiedDrafts, inputOf, problemsOf, type AgendaItemDraft } from "./agenda-draft";
import { MeetingForm } from "./meeting-form";
import { emptyMeetingDraft, meetingInputOf, type MeetingDraft } from "./meeting-form-draft";
import { NewMeetingAgenda } from "./new-meeting-agenda";

const text = {
  sv: {
    back: "Alla möten", title: "Nytt möte", facts: "Mötets uppgifter", save: "Skapa mötet", coordinatorOnly: "Bara nätverkets samordnare kan skapa möten.",
    loading: "Hämtar nätverkets inställningar …", digital: "Digitalt via Teams", fixAgenda: "Rätta de markerade punkterna i dagordningen först.",
  },
  en: {
    back: "All meetings", title: "New meeting", facts: "The meeting's facts", save: "Create the meeting", coordinatorOnly: "Only the network's coordinator can create meetings.",
    loading: "Loading the network's settings …", digital: "Digitalt via Teams", fixAgenda: "Correct the marked agenda items first.",
  },
};

/** The coordinator's form for a new meeting with its agenda, one `POST /meetings`; on success it opens the new meeting. */
export function NewMeetingPage() {
  const t = useText(text);
  const { membership } = useSession();
  return (
    <main aria-labelledby="new-meeting-title">
      <Link href={hrefOf({ page: "meetings" })}><ArrowLeftRegular aria-hidden="true" /> {t.back}</Link>
      <Title2 as="h1" block id="new-meeting-title">{t.title}</Title2>
      {mayManageMeetings(membership?.member) ? <NewMeeting /> : <Body1 as="p" block>{t.coordinatorOnly}</Body1>}
    </main>
  );
}

function NewMeeting() {
  const t = useText(text);
  const network = useApi<NetworkPayload>("/network");
  if (!network.data) return network.error ? <ErrorBar error={network.error} onRetry={network.reload} /> : <Loading label={t.loading} />;
  return <NewMeetingForm network={network.data} />;
}

function NewMeetingForm(props: { network: NetworkPayload }) {
  const t = useText(text);
  const { call } = useSession();
  // The network's place (or a Teams meeting) and its agenda template: most meetings need only date and time.
  const [initial] = useState<MeetingDraft>(() => ({ ...emptyMeetingDraft(), place: props.network.network.defaultPlace.trim() || t.digital }));
  const [agenda, setAgenda] = useState<AgendaItemDraft[]>(() => copiedDrafts(props.network.agendaTemplate.map((title) => ({ title }))));
  const [showProblems, setShowProblems] = useState(false);
  const problems = agenda.map(problemsOf);
  const create = async (draft: MeetingDraft) => {
    setShowProblems(true);
    if (problems.some((p) => Object.keys(p).length > 0)) throw new Error(t.fixAgenda);
    const body = { ...meetingInputOf(draft, false), agenda: agenda.map(inputOf) };
    const meeting = await call<MeetingDetail>("/meetings", { method: "POST", body: JSON.stringify(body) });
    navigate({ page: "meeting", meetingId: meeting.id, tab: "agenda" });
  };
  return (
    <MeetingForm heading={t.facts} saveLabel={t.save} initial={initial} onSave={create} onCancel={() => navigate({ page: "meetings" })}>
      <NewMeetingAgenda drafts={agenda} problems={problems} showProblems={showProblems} template={props.network.agendaTemplate} onChange={setAgenda} />
    </MeetingForm>
  );
}
