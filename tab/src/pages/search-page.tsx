import { Body1, Button, Caption1, Input, Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, Text, Title2, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { highlightRanges, queryWords } from "../../../bot/src/domain/search";
import type { Credentials } from "../api-client";
import type { MeetingSummary } from "../../../bot/src/api/contract";
import { StatusBadge } from "../components/meeting-badges";
import { useSurfaceStyles } from "../components/surface";
import { meetingsApi, searchApi, type SearchResult } from "./minutes-api";

const texts = {
  sv: {
    title: "Sök i arkivet", label: "Sökord", search: "Sök", searching: "Söker …", none: "Inga träffar.", archive: "Arkiv", results: "Träffar",
    kinds: { minutes: "Anteckningar", agenda: "Dagordning", "round-table": "Aktuellt läge" }, item: "punkt", current: "detta möte",
    hint: "Sökningen hittar ord som börjar med det du skriver, också utan å, ä och ö. Träffar med exakt stavning visas först.",
    count: (n: number) => (n === 1 ? "1 träff" : `${n} träffar`), noArchive: "Inga tidigare möten.",
  },
  en: {
    title: "Search the archive", label: "Search words", search: "Search", searching: "Searching …", none: "No results.", archive: "Archive", results: "Results",
    kinds: { minutes: "Minutes", agenda: "Agenda", "round-table": "Round table" }, item: "item", current: "this meeting",
    hint: "The search finds words starting with what you type, also without å, ä and ö. Results with the exact spelling come first.",
    count: (n: number) => (n === 1 ? "1 result" : `${n} results`), noArchive: "No past meetings.",
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: "flex", gap: tokens.spacingHorizontalS, maxWidth: "520px", flexWrap: "wrap" },
  input: { flexGrow: 1, minWidth: "160px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground2 },
  mark: {
    backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  archiveItem: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

const yearOf = (utc: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date(utc));
const dateOf = (utc: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short" }).format(new Date(utc));
const minutesHref = (meetingId: string) => `#/meetings/${encodeURIComponent(meetingId)}/minutes`;

/** A snippet with the words that matched the query marked. */
function Highlighted(props: { text: string; words: string[]; className: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(props.text, props.words)) {
    parts.push(props.text.slice(at, start), <mark key={start} className={props.className}>{props.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(props.text.slice(at));
  return <Body1>{parts}</Body1>;
}

/**
 * Search over the network's minutes, agenda items and round-table entries (matches highlighted), and the
 * archive of past meetings per year; `meetingId` (the meeting the tab is opened in, if any) is marked.
 */
export function SearchPage(props: { meetingId?: string; credentials: Credentials; language: "sv" | "en" }) {
  const t = texts[props.language];
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState<{ query: string; words: string[]; results: SearchResult[] }>();
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
    // The previous query's hits go while the new one runs: they would read as its results.
    setSearched(undefined);
    const words = queryWords(query);
    searchApi(props.credentials, props.language, query)
      .then((r) => setSearched({ query, words, results: r.results }))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  // The archive is what has happened: meetings that have started.
  const past = meetings.filter((m) => Date.parse(m.startUtc) <= Date.now());
  const years = [...new Set(past.map((m) => yearOf(m.startUtc)))].sort().reverse();
  const where = (r: SearchResult) => [t.kinds[r.kind], r.itemNumber !== undefined ? `${t.item} ${r.itemNumber}` : undefined, r.organisationName].filter(Boolean).join(", ");
  return (
    <main data-testid="search-page" className={styles.root} aria-labelledby="search-title">
      <Title2 as="h1" block id="search-title">{t.title}</Title2>
      <form role="search" onSubmit={submit} className={styles.form}>
        <Input aria-label={t.label} value={query} contentBefore={<SearchRegular aria-hidden="true" />} onChange={(_e, d) => setQuery(d.value)} className={styles.input} />
        <Button type="submit" appearance="primary" disabled={busy}>{t.search}</Button>
      </form>
      <Caption1 as="p" block className={styles.hint}>{t.hint}</Caption1>
      {error ? <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {busy ? <Spinner size="tiny" label={t.searching} /> : null}
      {searched ? (
        <section aria-labelledby="results-title" className={styles.root} data-testid="search-results-section" data-query={searched.query}>
          <Subtitle1 as="h2" block id="results-title">{`${t.results}: ${t.count(searched.results.length)}`}</Subtitle1>
          {searched.results.length === 0 ? <Text>{t.none}</Text> : (
            <ol data-testid="search-results" className={styles.list}>
              {searched.results.map((r, i) => (
                <li key={i} className={mergeClasses(surface.surface, styles.result)} data-match={r.match}>
                  <Link href={minutesHref(r.meetingId)}>{`${r.meetingTitle}, ${dateOf(r.startUtc)}`}</Link>
                  <Caption1 className={styles.where}>{where(r)}</Caption1>
                  <Highlighted text={r.snippet} words={searched.words} className={styles.mark} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <section aria-labelledby="archive-title" className={styles.root}>
        <Subtitle1 as="h2" block id="archive-title">{t.archive}</Subtitle1>
        {years.length === 0 ? <Text>{t.noArchive}</Text> : null}
        {years.map((year) => (
          <section key={year} aria-labelledby={`archive-${year}`}>
            <Subtitle2 as="h3" block id={`archive-${year}`}>{year}</Subtitle2>
            <ul className={styles.list}>
              {past.filter((m) => yearOf(m.startUtc) === year).sort((a, b) => b.startUtc.localeCompare(a.startUtc)).map((m) => (
                <li key={m.id} data-archive-meeting={m.id} className={styles.archiveItem}>
                  <Link href={minutesHref(m.id)}>{`${dateOf(m.startUtc)} ${m.title}`}</Link>
                  <StatusBadge meeting={m} />
                  {m.id === props.meetingId ? <Caption1>{`(${t.current})`}</Caption1> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
