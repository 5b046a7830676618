import { Button, Input, Spinner, Title2 } from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import type { Credentials } from "../api-client";
import type { MeetingSummary } from "../api-types";
import { StatusBadge } from "../components/meeting-badges";
import { meetingsApi, searchApi, type SearchResult } from "./minutes-api";

const texts = {
  sv: {
    title: "Sök i arkivet", label: "Sökord", search: "Sök", searching: "Söker …", none: "Inga träffar.", archive: "Arkiv",
    kinds: { minutes: "Anteckningar", agenda: "Dagordning", "round-table": "Aktuellt läge" }, item: "punkt", current: "detta möte",
    hint: "Sökningen skiljer på å, ä, ö och a, o och hittar ord som börjar med det du skriver.",
  },
  en: {
    title: "Search the archive", label: "Search words", search: "Search", searching: "Searching …", none: "No results.", archive: "Archive",
    kinds: { minutes: "Minutes", agenda: "Agenda", "round-table": "Round table" }, item: "item", current: "this meeting",
    hint: "The search keeps å, ä, ö apart from a, o and finds words starting with what you type.",
  },
} as const;

const yearOf = (utc: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date(utc));
const dateOf = (utc: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short" }).format(new Date(utc));
const minutesHref = (meetingId: string) => `#/meetings/${encodeURIComponent(meetingId)}/minutes`;

/**
 * Search over the network's minutes, agenda titles and round-table entries, and the archive of meetings
 * per year; `meetingId` (the meeting the tab is opened in, if any) is marked in the archive.
 */
export function SearchPage(props: { meetingId?: string; credentials: Credentials; language: "sv" | "en" }) {
  const t = texts[props.language];
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResult[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  useEffect(() => {
    meetingsApi(props.credentials, props.language).then((r) => setMeetings(r.meetings)).catch((e: Error) => setError(e.message));
  }, [props.credentials, props.language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    searchApi(props.credentials, props.language, query)
      .then((r) => setResults(r.results))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  const years = [...new Set(meetings.map((m) => yearOf(m.startUtc)))].sort().reverse();
  const where = (r: SearchResult) => [t.kinds[r.kind], r.itemNumber !== undefined ? `${t.item} ${r.itemNumber}` : undefined, r.organisationName].filter(Boolean).join(", ");
  return (
    <main data-testid="search-page">
      <Title2 as="h1">{t.title}</Title2>
      <form role="search" onSubmit={submit} style={{ display: "flex", gap: 8, maxWidth: 520 }}>
        <Input aria-label={t.label} value={query} onChange={(_e, d) => setQuery(d.value)} style={{ flexGrow: 1 }} />
        <Button type="submit" appearance="primary" disabled={busy}>{t.search}</Button>
      </form>
      <p>{t.hint}</p>
      {error ? <p role="alert">{error}</p> : null}
      {busy ? <Spinner size="tiny" label={t.searching} /> : null}
      {results ? (
        <section aria-label={t.search}>
          {results.length === 0 ? <p>{t.none}</p> : (
            <ol data-testid="search-results">
              {results.map((r, i) => (
                <li key={i}>
                  <a href={minutesHref(r.meetingId)}>{`${r.meetingTitle} ${dateOf(r.startUtc)}`}</a> — <i>{where(r)}</i>
                  <div>{r.snippet}</div>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <section aria-labelledby="archive-title">
        <h2 id="archive-title">{t.archive}</h2>
        {years.map((year) => (
          <section key={year} aria-label={year}>
            <h3>{year}</h3>
            <ul>
              {meetings.filter((m) => yearOf(m.startUtc) === year).sort((a, b) => b.startUtc.localeCompare(a.startUtc)).map((m) => (
                <li key={m.id} data-archive-meeting={m.id}>
                  <a href={minutesHref(m.id)}>{`${dateOf(m.startUtc)} ${m.title}`}</a> <StatusBadge meeting={m} />
                  {m.id === props.meetingId ? ` (${t.current})` : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
