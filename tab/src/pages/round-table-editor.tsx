import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { MAX_ROUND_TABLE_TEXT } from "../../../bot/src/domain/round-table";
import { ApiError } from "../api-client";
import type { RoundTableConflict, RoundTableEntryRequest, RoundTableEntryView } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { formatMoment } from "../format";
import { useLanguage, useText } from "../i18n";
import { useSession } from "../session";

const text = {
  sv: {
    label: (org: string) => `Aktuellt läge för ${org}`, save: "Spara", cancel: "Avbryt", notSaved: "Texten sparades inte",
    conflictTitle: "Någon annan hann före", conflict: (who: string, when: string) => `${who} ändrade texten ${when}. Deras version:`,
    theirs: "Använd deras version", mine: "Spara min version ändå",
  },
  en: {
    label: (org: string) => `Current situation for ${org}`, save: "Save", cancel: "Cancel", notSaved: "The text was not saved",
    conflictTitle: "Someone else saved first", conflict: (who: string, when: string) => `${who} changed the text ${when}. Their version:`,
    theirs: "Use their version", mine: "Save my version anyway",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  theirs: { whiteSpace: "pre-wrap", margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Edits one organisation's entry with `If-Match` on the version it started from; when someone else saved
 * in between (409) it shows their version and lets the user keep theirs or save over it knowingly. The text
 * takes focus when the editor opens.
 */
export function RoundTableEditor(props: { meetingId: string; organisationId: string; organisationName: string; entry?: RoundTableEntryView; onDone: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { call } = useSession();
  const [value, setValue] = useState(props.entry?.text ?? "");
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<RoundTableConflict>();
  const [error, setError] = useState<Error>();
  const field = useRef<HTMLTextAreaElement>(null);
  // The button that opened the editor is gone now: the text takes focus so keyboard users are not left at the page's top.
  useEffect(() => field.current?.focus(), []);

  const save = async (etag: string | undefined) => {
    setSaving(true);
    setError(undefined);
    try {
      await call(`/meetings/${encodeURIComponent(props.meetingId)}/round-table/${encodeURIComponent(props.organisationId)}`, {
        method: "PUT",
        headers: etag ? { "If-Match": etag } : {},
        body: JSON.stringify({ text: value, ...(props.entry?.fields ? { fields: props.entry.fields } : {}) } satisfies RoundTableEntryRequest),
      });
      props.onDone();
    } catch (e) {
      const current = e instanceof ApiError && e.status === 409 ? (e.details.current as RoundTableConflict | undefined) : undefined;
      if (current) setConflict(current);
      else setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t.label(props.organisationName)} hint={<Caption1>{`${value.length} / ${MAX_ROUND_TABLE_TEXT}`}</Caption1>}>
        <Textarea ref={field} value={value} rows={5} resize="vertical" maxLength={MAX_ROUND_TABLE_TEXT} onChange={(_, d) => setValue(d.value)} />
      </Field>
      {error ? <ErrorBar error={error} title={t.notSaved} /> : null}
      {conflict ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
            {t.conflict(conflict.reporterName, formatMoment(conflict.updatedAt, language))}
            <blockquote className={styles.theirs} data-testid="their-version">{conflict.text}</blockquote>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDone}>{t.theirs}</Button>
            <Button size="small" appearance="primary" disabled={saving} onClick={() => void save(conflict.etag)}>{t.mine}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={saving} onClick={() => void save(props.entry?.etag)}>{t.save}</Button>
          <Button disabled={saving} onClick={props.onDone}>{t.cancel}</Button>
        </div>
      )}
    </div>
  );
}
