import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ActionListEditor, type DraftAction } from "./action-list-editor";
import { MarkdownToolbar } from "./markdown-toolbar";
import { MarkdownView } from "./markdown-view";
import type { EditableItem, minutesApi } from "./minutes-api";

const AUTOSAVE_MS = 1000;

const texts = {
  sv: {
    notes: (n: number) => `Anteckningar för punkt ${n}`, toolbar: "Formatering", decisions: "Beslut (ett per rad)", preview: "Förhandsvisning",
    saving: "Sparar …", saved: "Sparat", unsaved: "Inte sparat", changeNote: "Ändringsnotering (krävs för rättelse)", saveCorrection: "Spara rättelse",
    conflict: "Någon annan sparade punkten samtidigt. Jämför, slå ihop i din version och spara.", mine: "Din version (redigera för att slå ihop)",
    theirs: "Den sparade versionen", keepMine: "Spara min version", useTheirs: "Använd den sparade versionen",
  },
  en: {
    notes: (n: number) => `Notes for item ${n}`, toolbar: "Formatting", decisions: "Decisions (one per line)", preview: "Preview",
    saving: "Saving …", saved: "Saved", unsaved: "Not saved", changeNote: "Change note (required for a correction)", saveCorrection: "Save correction",
    conflict: "Someone else saved this item at the same time. Compare, merge into your version and save.", mine: "Your version (edit to merge)",
    theirs: "The saved version", keepMine: "Save my version", useTheirs: "Use the saved version",
  },
} as const;

type Status = "idle" | "saved" | "dirty" | "saving" | "conflict" | "error";

/**
 * Edits one agenda item's notes (Markdown subset with a toolbar and a safe preview), decisions and action
 * points. Drafts save automatically with the item's eTag; a 409 shows both versions to merge. Published
 * minutes are corrected with an explicit save and a change note.
 */
export function MinutesItemEditor(props: { item: EditableItem; api: ReturnType<typeof minutesApi>; language: "sv" | "en"; published: boolean; onSaved: () => void }) {
  const t = texts[props.language];
  const { number } = props.item;
  const [notes, setNotes] = useState(props.item.notes);
  const [decisions, setDecisions] = useState(props.item.decisions.join("\n"));
  const [actions, setActions] = useState<DraftAction[]>(props.item.actions);
  const [etag, setEtag] = useState(props.item.etag ?? "");
  const [status, setStatus] = useState<Status>("idle");
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<EditableItem & { etag: string }>();
  const [changeNote, setChangeNote] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);

  const edit = <T,>(set: (v: T) => void) => (value: T) => {
    set(value);
    setStatus((s) => (s === "conflict" ? s : "dirty"));
  };

  const save = async (withEtag = etag) => {
    setStatus("saving");
    const body = {
      notes,
      decisions: decisions.split("\n").map((d) => d.trim()).filter(Boolean),
      actions: actions.filter((a) => a.what.trim() && a.owner.trim()),
      ...(props.published ? { changeNote } : {}),
    };
    try {
      const result = await props.api.save(number, withEtag, body);
      if (result.kind === "conflict") {
        setConflict(result.current);
        setStatus("conflict");
        return;
      }
      setEtag(result.etag);
      setConflict(undefined);
      setStatus("saved");
      setError(undefined);
      setChangeNote("");
      props.onSaved();
    } catch (e) {
      setError((e as Error).message);
      setStatus("error");
    }
  };

  useEffect(() => {
    if (props.published || status !== "dirty") return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // The timer restarts on every change, so a save happens a second after typing stops.
  }, [notes, decisions, actions, status, props.published]);

  const useTheirs = () => {
    if (!conflict) return;
    setNotes(conflict.notes);
    setDecisions(conflict.decisions.join("\n"));
    setActions(conflict.actions);
    setEtag(conflict.etag);
    setConflict(undefined);
    setStatus("saved");
  };

  const label = t.notes(number);
  return (
    <section aria-label={`${number}. ${props.item.title}`} style={{ marginBottom: 24 }}>
      <h4>{`${number}. ${props.item.title}`}</h4>
      <MarkdownToolbar target={area} onChange={edit(setNotes)} language={props.language} label={`${t.toolbar} ${number}`} />
      <Textarea ref={area} aria-label={label} value={notes} resize="vertical" rows={5} style={{ width: "100%" }} onChange={(_e, d) => edit(setNotes)(d.value)} />
      <Field label={t.decisions}>
        <Textarea value={decisions} rows={2} onChange={(_e, d) => edit(setDecisions)(d.value)} />
      </Field>
      <ActionListEditor actions={actions} onChange={edit(setActions)} language={props.language} itemNumber={number} />
      {props.published ? (
        <div style={{ display: "flex", gap: 8, alignItems: "end" }}>
          <Field label={t.changeNote} style={{ flexGrow: 1 }}><Input value={changeNote} onChange={(_e, d) => setChangeNote(d.value)} /></Field>
          <Button appearance="primary" disabled={status !== "dirty" || changeNote.trim() === ""} onClick={() => void save()}>{t.saveCorrection}</Button>
        </div>
      ) : null}
      <p role="status" aria-label={`status ${number}`}>{status === "saving" ? t.saving : status === "saved" ? t.saved : status === "dirty" ? t.unsaved : ""}</p>
      {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {conflict ? (
        <div role="group" aria-label={t.conflict}>
          <MessageBar intent="warning"><MessageBarBody>{t.conflict}</MessageBarBody></MessageBar>
          <div style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
            <Field label={t.mine} style={{ flex: 1, minWidth: 240 }}><Textarea value={notes} rows={5} onChange={(_e, d) => setNotes(d.value)} /></Field>
            <div style={{ flex: 1, minWidth: 240 }}><b>{t.theirs}</b><pre style={{ whiteSpace: "pre-wrap" }}>{conflict.notes}</pre></div>
          </div>
          <Button appearance="primary" onClick={() => void save(conflict.etag)}>{t.keepMine}</Button>{" "}
          <Button onClick={useTheirs}>{t.useTheirs}</Button>
        </div>
      ) : null}
      <details open>
        <summary>{t.preview}</summary>
        <div data-testid={`preview-${number}`}><MarkdownView markdown={notes} /></div>
      </details>
    </section>
  );
}
