import { Link } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api-client";
import type { MeetingDetail } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useText } from "../i18n";
import { hrefOf, type MeetingTab } from "../router";
import { useSession } from "../session";
import { MeetingPage } from "./meeting-page";

const text = {
  sv: {
    finding: "Letar upp nätverksmötet …",
    notInMeeting: "Den här fliken visar nätverksmötet för det Teams-möte den är öppnad i. Här finns inget Teams-möte.",
    notLinked: "Inget nätverksmöte hittades",
    allMeetings: "Visa alla möten",
  },
  en: {
    finding: "Finding the network meeting …",
    notInMeeting: "This tab shows the network meeting of the Teams meeting it is opened in. There is no Teams meeting here.",
    notLinked: "No network meeting found",
    allMeetings: "Show all meetings",
  },
};

/**
 * The configurable tab inside a Teams meeting (chat, details, side panel): finds the network meeting that
 * belongs to the Teams meeting and shows it.
 */
export function MeetingContextPage(props: { tab: MeetingTab; teamsMeetingId?: string }) {
  const t = useText(text);
  const session = useSession();
  const [meetingId, setMeetingId] = useState<string>();
  const [error, setError] = useState<Error>();
  const teamsMeetingId = props.teamsMeetingId;
  useEffect(() => {
    if (!teamsMeetingId) return;
    session.call<MeetingDetail>(`/meetings/by-teams-meeting/${encodeURIComponent(teamsMeetingId)}`).then((m) => setMeetingId(m.id), setError);
  }, [teamsMeetingId, session]);
  const allMeetings = <Link href={hrefOf({ page: "meetings" })}>{t.allMeetings}</Link>;
  if (!teamsMeetingId) return <main><p>{t.notInMeeting}</p>{allMeetings}</main>;
  if (error) {
    return (
      <main>
        <ErrorBar error={error} title={error instanceof ApiError && error.status === 404 ? t.notLinked : undefined} />
        <p>{allMeetings}</p>
      </main>
    );
  }
  if (!meetingId) return <Loading label={t.finding} />;
  return <MeetingPage meetingId={meetingId} tab={props.tab} hrefOfTab={(tab) => ({ page: "meeting-context", tab })} inMeeting />;
}
