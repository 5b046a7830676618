import { Button, Caption1, Field, Input, Link, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, AttachRegular, DeleteRegular, LinkRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { MaterialListView, MaterialView } from "../../../bot/src/api/contract";
import { callApi } from "../api-client";
import { ErrorBar } from "../components/states";
import { downloadFile } from "../download";
import { useLanguage, useText } from "../i18n";
import { useSession } from "../session";

const text = {
  sv: {
    heading: "Material", addLink: "Lägg till länk", linkTitle: "Länktext", linkUrl: "Webbadress (https://)", upload: "Ladda upp fil",
    uploading: "Laddar upp …", remove: (t: string) => `Ta bort ${t}`, download: (t: string) => `Hämta ${t}`,
    size: (bytes: number) => (bytes < 1048576 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1048576).toFixed(1).replace(".", ",")} MB`),
    addedBy: (name: string) => `tillagt av ${name}`, tooBig: (mb: number) => `Filen är för stor. Största tillåtna storlek är ${mb} MB.`,
    allowed: (types: string[]) => `Tillåtna filtyper: ${types.join(", ")}.`,
  },
  en: {
    heading: "Material", addLink: "Add link", linkTitle: "Link text", linkUrl: "Web address (https://)", upload: "Upload a file",
    uploading: "Uploading …", remove: (t: string) => `Remove ${t}`, download: (t: string) => `Download ${t}`,
    size: (bytes: number) => (bytes < 1048576 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1048576).toFixed(1)} MB`),
    addedBy: (name: string) => `added by ${name}`, tooBig: (mb: number) => `The file is too large. The largest allowed size is ${mb} MB.`,
    allowed: (types: string[]) => `Allowed file types: ${types.join(", ")}.`,
  },
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0, flexGrow: 1, flexBasis: "12rem" },
  hidden: { display: "none" },
});

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `m-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`);

/**
 * One agenda item's material: links open in a new tab, files are always downloaded; the item's presenter and
 * the meeting's people add links and upload files, and remove what they may.
 */
export function AgendaMaterial(props: { meetingId: string; itemNumber: number; list: MaterialListView; onChanged: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { credentials } = useSession();
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const fileInput = useRef<HTMLInputElement>(null);
  const base = `/meetings/${encodeURIComponent(props.meetingId)}/material`;
  const material = props.list.material.filter((m) => m.itemNumber === props.itemNumber);
  const canAdd = props.list.items.find((i) => i.number === props.itemNumber)?.canAdd ?? false;
  if (material.length === 0 && !canAdd) return null;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      props.onChanged();
      return true;
    } catch (e) {
      setError(e as Error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addLink = async () => {
    const ok = await run(() => callApi(credentials, language, `${base}/${newId()}`, { method: "PUT", body: JSON.stringify({ itemNumber: props.itemNumber, kind: "link", title, url }) }));
    if (ok) {
      setTitle("");
      setUrl("");
    }
  };
  const upload = async (file: File) => {
    if (file.size > props.list.uploads.maxBytes) {
      setError(new Error(t.tooBig(Math.floor(props.list.uploads.maxBytes / 1048576))));
      return;
    }
    const query = new URLSearchParams({ item: String(props.itemNumber), name: file.name });
    await run(() => callApi(credentials, language, `${base}/${newId()}/file?${query}`, { method: "PUT", body: file, headers: { "Content-Type": "application/octet-stream" } }));
  };
  const remove = (m: MaterialView) => run(() => callApi(credentials, language, `${base}/${encodeURIComponent(m.id)}`, { method: "DELETE", headers: m.etag ? { "If-Match": m.etag } : {} }));
  const label = `${t.heading}, ${props.itemNumber}`;

  return (
    <div role="group" aria-label={label} data-material-item={props.itemNumber}>
      <Caption1 as="h4" block>{t.heading}</Caption1>
      {material.length > 0 ? (
        <ul className={styles.list}>
          {material.map((m) => (
            <li key={m.id} className={styles.row}>
              {m.kind === "link" ? (
                <Link href={m.url} target="_blank" rel="noopener noreferrer"><LinkRegular aria-hidden="true" /> {m.title}</Link>
              ) : (
                <Link as="button" aria-label={t.download(m.title)} onClick={() => downloadFile(credentials, language, `${base}/${encodeURIComponent(m.id)}/file`, m.fileName ?? "fil").catch((e: Error) => setError(e))}>
                  <ArrowDownloadRegular aria-hidden="true" /> {m.title}
                </Link>
              )}
              <Caption1>{[m.kind === "file" ? `${m.fileName}, ${t.size(m.size ?? 0)}` : "", t.addedBy(m.addedByName)].filter(Boolean).join(" · ")}</Caption1>
              {m.canRemove ? <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={t.remove(m.title)} disabled={busy} onClick={() => void remove(m)} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canAdd ? (
        <div className={styles.form}>
          <Field className={styles.field} label={t.linkTitle} size="small"><Input size="small" value={title} onChange={(_, d) => setTitle(d.value)} /></Field>
          <Field className={styles.field} label={t.linkUrl} size="small"><Input size="small" type="url" value={url} onChange={(_, d) => setUrl(d.value)} /></Field>
          <Button size="small" icon={<LinkRegular />} disabled={busy || title.trim() === "" || url.trim() === ""} onClick={() => void addLink()}>{t.addLink}</Button>
          {props.list.uploads.enabled ? (
            <>
              <input ref={fileInput} className={styles.hidden} type="file" tabIndex={-1} aria-hidden="true"
                accept={props.list.uploads.extensions.map((e) => `.${e}`).join(",")}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = "";
                  if (file) void upload(file);
                }} />
              <Button size="small" icon={<AttachRegular />} disabled={busy} title={t.allowed(props.list.uploads.extensions)} onClick={() => fileInput.current?.click()}>
                {busy ? t.uploading : t.upload}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorBar error={error} /> : null}
    </div>
  );
}
