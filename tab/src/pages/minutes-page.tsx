import { Badge, Button, Checkbox, MessageBar, MessageBarBody, Spinner, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Credentials } from "../api-client";
import { MinutesDocumentView } from "./markdown-view";
import { minutesApi, type MinutesView } from "./minutes-api";
import { MinutesApprovalPanel } from "./minutes-approval-panel";
import { MinutesItemEditor } from "./minutes-item-editor";

const texts = {
  sv: {
    loading: "Hämtar anteckningarna …", status: { draft: "Utkast", "in-approval": "Under justering", published: "Publicerad" },
    version: (v: number) => `version ${v}`, exports: "Ladda ner", followUps: "Uppföljning", followUpFrom: "från", done: "Klar",
    edit: "Redigera punkterna", preview: "Förhandsvisning", minutes: "Anteckningar", history: "Versioner",
  },
  en: {
    loading: "Loading the minutes …", status: { draft: "Draft", "in-approval": "In approval", published: "Published" },
    version: (v: number) => `version ${v}`, exports: "Download", followUps: "Follow-up", followUpFrom: "from", done: "Done",
    edit: "Edit the items", preview: "Preview", minutes: "Minutes", history: "Versions",
  },
} as const;

const dateOf = (utc: string, language: string) => new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", { timeZone: "Europe/Stockholm", dateStyle: "long" }).format(new Date(utc));

/**
 * The minutes of a meeting (the "Anteckningar" tab of the meeting page): the secretary and coordinator edit the items (autosaved), the coordinator
 * names approvers and publishes, approvers approve, everybody reads the published version and downloads
 * it as Markdown, Word or PDF. Open action points of earlier meetings show as "Uppföljning".
 */
export function MinutesPage(props: { meetingId: string; credentials: Credentials; language: "sv" | "en" }) {
  const t = texts[props.language];
  const api = useMemo(() => minutesApi(props.credentials, props.language, props.meetingId), [props.credentials, props.language, props.meetingId]);
  const [view, setView] = useState<MinutesView>();
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    api.get().then((v) => { setView(v); setError(undefined); }).catch((e: Error) => setError(e.message));
  }, [api]);
  useEffect(reload, [reload]);

  if (error && !view) return <section data-testid="minutes-page"><p role="alert">{error}</p></section>;
  if (!view) return <Spinner label={t.loading} />;
  const published = view.status === "published";
  const download = (ext: "md" | "docx" | "pdf") => () => void api.download(ext).catch((e: Error) => setError(e.message));
  const markDone = (meetingId: string, actionId: string) => void api.setActionDone(meetingId, actionId, true).then(reload).catch((e: Error) => setError(e.message));
  return (
    <section data-testid="minutes-page" aria-labelledby="minutes-title">
      <Title3 as="h2" id="minutes-title">{`${t.minutes}: ${view.meetingTitle}, ${dateOf(view.startUtc, props.language)}`}</Title3>
      <p>
        <Badge appearance="filled" color={published ? "success" : "informative"} data-testid="minutes-status">{t.status[view.status]}</Badge>
        {published ? ` ${t.version(view.version)}` : null}
      </p>
      <div role="group" aria-label={t.exports} style={{ display: "flex", gap: 8 }}>
        <span>{t.exports}:</span>
        <Button size="small" onClick={download("md")}>Markdown</Button>
        <Button size="small" onClick={download("docx")}>Word</Button>
        <Button size="small" onClick={download("pdf")}>PDF</Button>
      </div>
      {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {view.followUps.length > 0 ? (
        <section aria-label={t.followUps}>
          <h3>{t.followUps}</h3>
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
        <section aria-label={t.edit}>
          <h3>{t.edit}</h3>
          {view.items.map((item) => <MinutesItemEditor key={item.number} item={item} api={api} language={props.language} published={published} onSaved={reload} />)}
        </section>
      ) : null}
      <h3>{view.permissions.edit ? t.preview : t.minutes}</h3>
      <MinutesDocumentView document={view.document} />
      {view.versions.length > 0 ? (
        <section aria-label={t.history}>
          <h3>{t.history}</h3>
          <ul>{view.versions.map((v) => <li key={v.version}>{`${v.version}: ${new Date(v.at).toLocaleString(props.language === "sv" ? "sv-SE" : "en-GB", { timeZone: "Europe/Stockholm" })}, ${v.byName}${v.changeNote ? ` — ${v.changeNote}` : ""}`}</li>)}</ul>
        </section>
      ) : null}
    </section>
  );
}
