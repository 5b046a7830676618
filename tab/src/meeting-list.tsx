import { Badge, Body1, Card, CardHeader, Spinner, Title2 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { callApi, type Credentials } from "./api-client";

interface MeetingSummary {
  id: string;
  title: string;
  startUtc: string;
  form: string;
  status: string;
  upcoming: boolean;
  myAnswer: string | null;
}

const formatter = (language: string) =>
  new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", { timeZone: "Europe/Stockholm", dateStyle: "full", timeStyle: "short" });

/** The meetings of the user's network, upcoming first. */
export function MeetingList(props: { credentials: Credentials; language: "sv" | "en" }) {
  const [meetings, setMeetings] = useState<MeetingSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    callApi<{ meetings: MeetingSummary[] }>(props.credentials, props.language, "/meetings")
      .then((r) => setMeetings(r.meetings))
      .catch((e: Error) => setError(e.message));
  }, [props.credentials, props.language]);
  const sv = props.language === "sv";
  if (error) return <p role="alert">{error}</p>;
  if (!meetings) return <Spinner label={sv ? "Hämtar möten …" : "Loading meetings …"} />;
  const upcoming = meetings.filter((m) => m.upcoming);
  const past = meetings.filter((m) => !m.upcoming).reverse();
  const format = formatter(props.language);
  const card = (m: MeetingSummary) => (
    <Card key={m.id} style={{ marginBottom: 8 }} data-meeting-id={m.id}>
      <CardHeader header={<Body1><b>{m.title}</b></Body1>} description={format.format(new Date(m.startUtc))} action={<Badge appearance="outline">{m.status}</Badge>} />
      <a href={`#/meetings/${encodeURIComponent(m.id)}/minutes`}>{sv ? "Anteckningar" : "Minutes"}</a>
    </Card>
  );
  return (
    <main>
      <Title2 as="h1">{sv ? "Möten" : "Meetings"}</Title2>
      <p><a href="#/search">{sv ? "Sök i arkivet" : "Search the archive"}</a></p>
      <h2>{sv ? "Kommande" : "Upcoming"}</h2>
      {upcoming.length ? upcoming.map(card) : <p>{sv ? "Inga kommande möten." : "No upcoming meetings."}</p>}
      <h2>{sv ? "Tidigare" : "Past"}</h2>
      {past.map(card)}
    </main>
  );
}
