import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, type AccordionPanelProps, Badge, Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, mergeClasses, Spinner, Subtitle2, Title3, tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentPdfRegular, DocumentRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { minutesLine } from "../../../bot/src/domain/round-table-minutes";
import { callApi, type Credentials } from "../api-client";
import type { RoundTablePayload } from "../../../bot/src/api/contract";
import { useSurfaceStyles } from "../components/surface";
import { MinutesDocumentView } from "./markdown-view";
import { minutesApi, type MinutesView } from "./minutes-api";
import { MinutesApprovalPanel } from "./minutes-approval-panel";
import { MinutesItemEditor } from "./minutes-item-editor";

const texts = {
  sv: {
    loading: "Hämtar anteckningarna …", status: { draft: "Utkast", "in-approval": "Under justering", published: "Publicerad" },
    version: (v: number) => `version ${v}`, exports: "Ladda ner", followUps: "Uppföljning", followUpFrom: "från", done: "Klar",
    edit: "Redigera punkterna", preview: "Förhandsvisning", minutes: "Anteckningar", history: "Versioner",
    items: (n: number) => (n === 1 ? "1 punkt" : `${n} punkter`), open: "Öppna alla", close: "Stäng alla",
  },
  en: {
    loading: "Loading the minutes …", status: { draft: "Draft", "in-approval": "In approval", published: "Published" },
    version: (v: number) => `version ${v}`, exports: "Download", followUps: "Follow-up", followUpFrom: "from", done: "Done",
    edit: "Edit the items", preview: "Preview", minutes: "Minutes", history: "Versions",
    items: (n: number) => (n === 1 ? "1 item" : `${n} items`), open: "Open all", close: "Close all",
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  downloads: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  downloadLabel: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHead: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  accordionItem: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { paddingBottom: tokens.spacingVerticalM },
  headerTitle: { overflowWrap: "anywhere" },
  document: { overflowWrap: "anywhere" },
});

// Fluent unmounts a closed panel by default; a render function is its way to keep it mounted.
const keepMounted: AccordionPanelProps["collapseMotion"] = { children: (Motion, motionProps) => <Motion {...motionProps} unmountOnExit={false} /> };

const dateOf = (utc: string, language: string) => new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", { timeZone: "Europe/Stockholm", dateStyle: "long" }).format(new Date(utc));

/**
 * The minutes of a meeting (the "Anteckningar" tab of the meeting page): the secretary and coordinator edit the items (autosaved), the coordinator
 * names approvers and publishes, approvers approve, everybody reads the published version and downloads
 * it as Markdown, Word or PDF. Open action points of earlier meetings show as "Uppföljning".
 */
export function MinutesPage(props: { meetingId: string; credentials: Credentials; language: "sv" | "en" }) {
  const t = texts[props.language];
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const api = useMemo(() => minutesApi(props.credentials, props.language, props.meetingId), [props.credentials, props.language, props.meetingId]);
  const [view, setView] = useState<MinutesView>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<number[]>([1]);
  const [roundTable, setRoundTable] = useState<string[]>([]);
  const reload = useCallback(() => {
    api.get().then((v) => { setView(v); setError(undefined); }).catch((e: Error) => setError(e.message));
  }, [api]);
  useEffect(reload, [reload]);
  const editing = view?.permissions.edit ?? false;
  useEffect(() => {
    if (!editing) return;
    // Item 1 shows the round table from its own source, beside (never inside) the typed notes.
    callApi<RoundTablePayload>(props.credentials, props.language, `/meetings/${encodeURIComponent(props.meetingId)}/round-table`)
      .then((r) => setRoundTable(r.entries.map((e) => minutesLine(e.organisationName, e.text))))
      .catch((e: Error) => setError(e.message));
  }, [editing, props.credentials, props.language, props.meetingId]);

  if (error && !view) return <section data-testid="minutes-page"><MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar></section>;
  if (!view) return <Spinner label={t.loading} />;
  const published = view.status === "published";
  const download = (ext: "md" | "docx" | "pdf") => () => void api.download(ext).catch((e: Error) => setError(e.message));
  const markDone = (meetingId: string, actionId: string) => void api.setActionDone(meetingId, actionId, true).then(reload).catch((e: Error) => setError(e.message));
  const numbers = view.items.map((i) => i.number);
  return (
    <section data-testid="minutes-page" aria-labelledby="minutes-title" className={styles.root}>
      <div className={styles.head}>
        <Title3 as="h2" id="minutes-title" className={styles.headerTitle}>{`${t.minutes}: ${view.meetingTitle}, ${dateOf(view.startUtc, props.language)}`}</Title3>
        <Badge appearance="filled" color={published ? "success" : "informative"} data-testid="minutes-status">{t.status[view.status]}</Badge>
        {published ? <Caption1>{t.version(view.version)}</Caption1> : null}
      </div>
      <div role="group" aria-labelledby="minutes-downloads" className={styles.downloads}>
        <span id="minutes-downloads" className={styles.downloadLabel}><ArrowDownloadRegular aria-hidden="true" />{t.exports}</span>
        <Button icon={<DocumentTextRegular />} onClick={download("md")}>Markdown</Button>
        <Button icon={<DocumentRegular />} onClick={download("docx")}>Word</Button>
        <Button icon={<DocumentPdfRegular />} onClick={download("pdf")}>PDF</Button>
      </div>
      {error ? <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {view.followUps.length > 0 ? (
        <section aria-labelledby="minutes-follow-ups" className={mergeClasses(surface.surface, styles.section)}>
          <Subtitle2 as="h3" id="minutes-follow-ups">{t.followUps}</Subtitle2>
          <ul>
            {view.followUps.map((f) => (
              <li key={`${f.meetingId}/${f.actionId}`}>
                {`${f.what} (${f.owner}${f.due ? `, ${f.due}` : ""}) — ${t.followUpFrom} ${dateOf(f.startUtc, props.language)}, p. ${f.itemNumber} `}
                {view.permissions.edit ? <Checkbox label={t.done} checked={false} onChange={() => markDone(f.meetingId, f.actionId)} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.permissions.edit || view.approvers.length > 0 ? <MinutesApprovalPanel view={view} api={api} language={props.language} onChange={setView} /> : null}
      {view.permissions.edit ? (
        <section aria-labelledby="minutes-edit" className={mergeClasses(surface.surface, styles.section)}>
          <div className={styles.sectionHead}>
            <Subtitle2 as="h3" id="minutes-edit">{`${t.edit} (${t.items(view.items.length)})`}</Subtitle2>
            <Button size="small" appearance="subtle" onClick={() => setOpen(open.length === numbers.length ? [] : numbers)}>{open.length === numbers.length ? t.close : t.open}</Button>
          </div>
          <Accordion multiple collapsible openItems={open} onToggle={(_e, d) => setOpen(d.openItems as number[])}>
            {view.items.map((item) => (
              <AccordionItem key={item.number} value={item.number} className={styles.accordionItem}>
                <AccordionHeader as="h4" size="large" expandIconPosition="end">{`${item.number}. ${item.title}`}</AccordionHeader>
                {/* Kept mounted while closed, so that closing an item never drops an edit waiting to be saved. */}
                <AccordionPanel className={styles.panel} collapseMotion={keepMounted}>
                  <MinutesItemEditor item={item} api={api} language={props.language} published={published} onSaved={reload} roundTable={item.number === 1 ? roundTable : undefined}
                    approvedBy={view.approvers.filter((a) => a.approved).map((a) => a.name)} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ) : null}
      {view.permissions.edit ? (
        // The editors see each item's preview while writing; the whole document is one click away.
        <Accordion collapsible className={mergeClasses(surface.surface, styles.document)}>
          <AccordionItem value="document">
            <AccordionHeader as="h3" size="large" expandIconPosition="end">{t.preview}</AccordionHeader>
            <AccordionPanel collapseMotion={keepMounted}><MinutesDocumentView document={view.document} /></AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : (
        <section aria-labelledby="minutes-document-title" className={mergeClasses(surface.surface, styles.section, styles.document)}>
          <Subtitle2 as="h3" id="minutes-document-title">{t.minutes}</Subtitle2>
          <MinutesDocumentView document={view.document} />
        </section>
      )}
      {view.versions.length > 0 ? (
        <section aria-labelledby="minutes-versions" className={mergeClasses(surface.surface, styles.section)}>
          <Subtitle2 as="h3" id="minutes-versions">{t.history}</Subtitle2>
          <ul>{view.versions.map((v) => <li key={v.version}>{`${v.version}: ${new Date(v.at).toLocaleString(props.language === "sv" ? "sv-SE" : "en-GB", { timeZone: "Europe/Stockholm" })}, ${v.byName}${v.changeNote ? ` — ${v.changeNote}` : ""}`}</li>)}</ul>
        </section>
      ) : null}
    </section>
  );
}
