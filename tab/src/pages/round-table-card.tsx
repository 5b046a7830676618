import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { EditRegular, HistoryRegular } from "@fluentui/react-icons";
import { Fragment, useState } from "react";
import type { RoundTableEntryView } from "../../../bot/src/api/contract";
import { useSurfaceStyles } from "../components/surface";
import { formatMoment } from "../format";
import { useLanguage, useText } from "../i18n";
import { submittedLabel } from "../labels";
import { RoundTableEditor } from "./lazy-pages";
import { RoundTableHistory } from "./round-table-history";

const text = {
  sv: {
    yours: "Din organisation", nothing: "Inget inskickat ännu.", edit: (org: string) => `Redigera aktuellt läge för ${org}`, write: (org: string) => `Skriv aktuellt läge för ${org}`,
    editShort: "Redigera", writeShort: "Skriv", history: "Historik", by: "Rapporterat av",
  },
  en: {
    yours: "Your organisation", nothing: "Nothing submitted yet.", edit: (org: string) => `Edit the update for ${org}`, write: (org: string) => `Write the update for ${org}`,
    editShort: "Edit", writeShort: "Write", history: "History", by: "Reported by",
  },
};

const useStyles = makeStyles({
  own: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}, ${tokens.shadow2}` },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  fields: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One organisation at the round table: its entry, editing when allowed, and its history. */
export function RoundTableCard(props: { meetingId: string; organisationId: string; organisationName: string; entry?: RoundTableEntryView; own: boolean; canEdit: boolean; onChanged: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const { entry, organisationName: org } = props;
  const fields = Object.entries(entry?.fields ?? {});
  return (
    <article className={mergeClasses(surface.surface, surface.stack, props.own && styles.own)} aria-labelledby={`rt-${props.organisationId}`} data-organisation={props.organisationId}>
      <div className={styles.head}>
        <div className={styles.name}>
          <Subtitle2 as="h4" block id={`rt-${props.organisationId}`}>{org}</Subtitle2>
          {props.own ? <Badge appearance="tint" color="brand">{t.yours}</Badge> : null}
        </div>
        <div className={styles.actions}>
          {props.canEdit && !editing ? (
            <Button size="small" icon={<EditRegular />} aria-label={entry ? t.edit(org) : t.write(org)} onClick={() => setEditing(true)}>{entry ? t.editShort : t.writeShort}</Button>
          ) : null}
          <Button size="small" appearance="subtle" icon={<HistoryRegular />} aria-expanded={history} onClick={() => setHistory(!history)}>{t.history}</Button>
        </div>
      </div>
      {editing ? (
        <RoundTableEditor meetingId={props.meetingId} organisationId={props.organisationId} organisationName={org} entry={entry}
          onDone={() => { setEditing(false); props.onChanged(); }} />
      ) : entry ? (
        <>
          <Body1 className={styles.text}>{entry.text}</Body1>
          {fields.length ? <dl className={styles.fields}>{fields.map(([k, v]) => <Fragment key={k}><dt><Text weight="semibold">{k}</Text></dt><dd style={{ margin: 0 }}>{v}</dd></Fragment>)}</dl> : null}
          <Caption1 className={styles.muted}>{`${t.by} ${entry.reporterName} · ${formatMoment(entry.updatedAt, language)} · ${submittedLabel(entry.submitted, language)}`}</Caption1>
        </>
      ) : <Text className={styles.muted}>{t.nothing}</Text>}
      {history ? <RoundTableHistory organisationId={props.organisationId} organisationName={org} /> : null}
    </article>
  );
}
