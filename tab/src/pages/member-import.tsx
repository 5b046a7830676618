import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular, EyeRegular, PersonAddRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { ImportPayload, ImportRequest } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { decodeFileText } from "../file-text";
import { useText } from "../i18n";
import { useSession } from "../session";

const text = {
  sv: {
    title: "Bjud in med e-post",
    hint: "Klistra in från Excel eller öppna en CSV-fil: en person per rad, namn; e-post; organisation. Personen blir medlem när hen först använder appen med den e-postadressen.",
    list: "Lista att bjuda in",
    file: "Öppna CSV-fil",
    preview: "Förhandsgranska",
    invite: (n: number) => `Bjud in ${n} ${n === 1 ? "person" : "personer"}`,
    inviteUnchecked: "Bjud in",
    line: "Rad", name: "Namn", email: "E-post", organisation: "Organisation", problems: "Fel",
    ok: "OK",
    hasErrors: (n: number) => `${n} ${n === 1 ? "rad har" : "rader har"} fel. Rätta listan och förhandsgranska igen — ingen bjuds in förrän alla rader är rätt.`,
    valid: "Alla rader är rätt.",
    created: (n: number) => `${n} ${n === 1 ? "person är inbjuden" : "personer är inbjudna"}.`,
  },
  en: {
    title: "Invite by e-mail",
    hint: "Paste from Excel or open a CSV file: one person per line, name; e-mail; organisation. The person becomes a member when they first use the app with that e-mail address.",
    list: "List to invite",
    file: "Open CSV file",
    preview: "Preview",
    invite: (n: number) => `Invite ${n} ${n === 1 ? "person" : "people"}`,
    inviteUnchecked: "Invite",
    line: "Line", name: "Name", email: "E-mail", organisation: "Organisation", problems: "Errors",
    ok: "OK",
    hasErrors: (n: number) => `${n} ${n === 1 ? "row has" : "rows have"} errors. Correct the list and preview again — nobody is invited until every row is right.`,
    valid: "Every row is right.",
    created: (n: number) => `${n} ${n === 1 ? "person is" : "people are"} invited.`,
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  bad: { color: tokens.colorPaletteRedForeground1 },
  table: { overflowX: "auto" },
});

/** The coordinator's e-mail invitation: paste or CSV file, a preview with each row's errors, then invite. */
export function MemberImport(props: { onInvited: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const { call } = useSession();
  const file = useRef<HTMLInputElement>(null);
  const [list, setList] = useState("");
  const [preview, setPreview] = useState<ImportPayload>();
  const [previewed, setPreviewed] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [created, setCreated] = useState<number>();

  const post = async (validate: boolean) => {
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    const body: ImportRequest = { text: list };
    try {
      const result = await call<ImportPayload>(`/pending-members/import${validate ? "?validate=true" : ""}`, { method: "POST", body: JSON.stringify(body) });
      if (validate) {
        setPreview(result);
        setPreviewed(list);
      } else {
        setCreated(result.created ?? 0);
        setPreview(undefined);
        setList("");
        props.onInvited();
      }
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    setList(decodeFileText(await chosen.arrayBuffer()));
    setPreview(undefined);
  };
  const bad = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  const canInvite = preview?.valid === true && previewed === list && !busy;
  return (
    <section className={styles.root} aria-labelledby="import-title">
      <Subtitle2 as="h2" block id="import-title">{t.title}</Subtitle2>
      <Caption1>{t.hint}</Caption1>
      <Field label={t.list}>
        <Textarea value={list} rows={6} resize="vertical" placeholder="Kim Exempel; kim.exempel@example.org; Ale" onChange={(_, d) => (setList(d.value), setCreated(undefined))} />
      </Field>
      <input ref={file} type="file" accept=".csv,.txt,text/csv,text/plain" hidden aria-label={t.file} onChange={(e) => void readFile(e.target.files?.[0])} />
      <div className={styles.buttons}>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => file.current?.click()}>{t.file}</Button>
        <Button icon={<EyeRegular />} disabled={list.trim() === "" || busy} onClick={() => void post(true)}>{t.preview}</Button>
        <Button appearance="primary" icon={<PersonAddRegular />} disabled={!canInvite} onClick={() => void post(false)}>{preview ? t.invite(preview.rows.length) : t.inviteUnchecked}</Button>
      </div>
      {error ? <ErrorBar error={error} /> : null}
      {created !== undefined ? <MessageBar intent="success" role="status"><MessageBarBody>{t.created(created)}</MessageBarBody></MessageBar> : null}
      {preview ? (
        <>
          <MessageBar intent={preview.valid ? "success" : "error"} role="status"><MessageBarBody>{preview.valid ? t.valid : t.hasErrors(bad)}</MessageBarBody></MessageBar>
          <div className={styles.table}>
            <Table size="small" aria-label={t.preview} data-testid="import-preview">
              <TableHeader><TableRow><TableHeaderCell>{t.line}</TableHeaderCell><TableHeaderCell>{t.name}</TableHeaderCell><TableHeaderCell>{t.email}</TableHeaderCell><TableHeaderCell>{t.organisation}</TableHeaderCell><TableHeaderCell>{t.problems}</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {preview.rows.map((r) => (
                  <TableRow key={r.line} data-import-line={r.line}>
                    <TableCell>{r.line}</TableCell>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>{r.email}</TableCell>
                    <TableCell>{r.organisation}</TableCell>
                    <TableCell className={r.errors.length > 0 ? styles.bad : undefined}>{r.errors.length > 0 ? r.errors.map((e) => e.message).join(" ") : t.ok}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      ) : null}
    </section>
  );
}
