import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { MeetingDetail, RoundTablePayload } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useText } from "../i18n";
import type { Abilities } from "../permissions";
import { useApi, useSession } from "../session";
import { RoundTableCard } from "./round-table-card";

const text = {
  sv: { title: "Aktuellt läge", loading: "Hämtar aktuellt läge …", kommuner: "Kommunerna", omvarldsbevakning: "Omvärldsbevakning", other: "Övriga" },
  en: { title: "Round table", loading: "Loading the round table …", kommuner: "Municipalities", omvarldsbevakning: "External monitoring", other: "Others" },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Round = "kommuner" | "omvarldsbevakning" | "other";

/** Organisations in round-table order, grouped by round; entries of anyone else and the caller's own organisation come last. */
function groupsOf(data: RoundTablePayload, own?: { id: string; name: string }): { round: Round; organisations: { id: string; name: string }[] }[] {
  const seen = new Set<string>();
  const groups: Record<Round, { id: string; name: string }[]> = { kommuner: [], omvarldsbevakning: [], other: [] };
  const add = (round: Round, id: string, name: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    groups[round].push({ id, name });
  };
  data.walk.forEach((w) => add(w.round, w.organisationId, w.organisationName));
  data.entries.forEach((e) => add("other", e.organisationId, e.organisationName));
  if (own) add("other", own.id, own.name);
  return (["kommuner", "omvarldsbevakning", "other"] as const).map((round) => ({ round, organisations: groups[round] })).filter((g) => g.organisations.length > 0);
}

/** Each organisation's "aktuellt läge" for the meeting, in round-table order. */
export function RoundTableTab(props: { meeting: MeetingDetail; abilities: Abilities; initial?: RoundTablePayload }) {
  const t = useText(text);
  const styles = useStyles();
  const { me } = useSession();
  const { data, error, reload } = useApi<RoundTablePayload>(`/meetings/${encodeURIComponent(props.meeting.id)}/round-table`, props.initial);
  if (!data) return error ? <ErrorBar error={error} onRetry={reload} /> : <Loading label={t.loading} />;
  const membership = me.memberships.find((m) => m.network.id === props.meeting.networkId);
  const own = membership?.organisation ? { id: membership.organisation.id, name: membership.organisation.name } : undefined;
  const entryOf = (id: string) => data.entries.find((e) => e.organisationId === id);
  return (
    <section className={styles.root} aria-labelledby="round-table-title">
      <Subtitle2 as="h2" block id="round-table-title">{t.title}</Subtitle2>
      {error ? <ErrorBar error={error} onRetry={reload} /> : null}
      {groupsOf(data, own).map((group) => (
        <section key={group.round} className={styles.group} aria-label={t[group.round]}>
          <Subtitle2 as="h3" block>{t[group.round]}</Subtitle2>
          <ul className={styles.list}>
            {group.organisations.map((o) => (
              <li key={o.id}>
                <RoundTableCard meetingId={props.meeting.id} organisationId={o.id} organisationName={o.name} entry={entryOf(o.id)}
                  own={o.id === own?.id} canEdit={props.abilities.editRoundTable(o.id)} onChanged={reload} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
