import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { withoutGeneratedBlock } from "../../../bot/src/domain/round-table-minutes";
import { stockholmParts } from "../../../bot/src/domain/time";
import { ActionListEditor, type DraftAction } from "./action-list-editor";
import { withoutEmptyBold } from "./markdown-edit";
import { handleMarkdownKey, MarkdownToolbar } from "./markdown-toolbar";
import { MarkdownView } from "./markdown-view";
import type { EditableItem, minutesApi } from "./minutes-api";

const AUTOSAVE_MS = 1000;

const texts = {
  sv: {
    notes: (n: number) => `Anteckningar för punkt ${n}`, toolbar: "Formatering", decisions: "Beslut:", decisionsHint: "Ett beslut per rad.", preview: "Förhandsvisning",
    saving: "Sparar…", saved: (time: string) => `Sparat ${time}`, unsavedCorrection: "Rättelsen är inte sparad än", changeNote: "Ändringsnotering (krävs för rättelse)", saveCorrection: "Spara rättelse",
    conflict: "Någon annan sparade punkten samtidigt. Jämför, slå ihop i din version och spara.", mine: "Din version (redigera för att slå ihop)",
    theirs: "Den sparade versionen", keepMine: "Spara min version", useTheirs: "Använd den sparade versionen",
    approved: (names: string) => `${names} har redan justerat. Sparar du en ändring måste justerarna justera igen, och de får ett nytt meddelande om det.`,
    saveReset: "Spara och begär ny justering", unsaved: "Ändringen är inte sparad än",
    roundTable: "Aktuellt läge från rundan", roundTableHint: "Skrivs in från rundan och ändras under fliken Aktuellt läge, inte här.", roundTableNone: "Inget inskickat ännu.",
  },
  en: {
    notes: (n: number) => `Notes for item ${n}`, toolbar: "Formatting", decisions: "Decisions:", decisionsHint: "One decision per line.", preview: "Preview",
    saving: "Saving…", saved: (time: string) => `Saved ${time}`, unsavedCorrection: "The correction is not saved yet", changeNote: "Change note (required for a correction)", saveCorrection: "Save correction",
    conflict: "Someone else saved this item at the same time. Compare, merge into your version and save.", mine: "Your version (edit to merge)",
    theirs: "The saved version", keepMine: "Save my version", useTheirs: "Use the saved version",
    approved: (names: string) => `${names} already approved. If you save a change, the approvers must approve again, and they get a new message about it.`,
    saveReset: "Save and ask for approval again", unsaved: "The change is not saved yet",
    roundTable: "Round table", roundTableHint: "Filled in from the round table and changed under the Round table tab, not here.", roundTableNone: "Nothing submitted yet.",
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  columns: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "minmax(0, 1fr)", "@media (min-width: 720px)": { gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)" } },
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  textarea: { width: "100%" },
  aside: {
    backgroundColor: tokens.colorNeutralBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere",
  },
  hint: { color: tokens.colorNeutralForeground2 },
  status: { color: tokens.colorNeutralForeground2, minHeight: "20px", margin: 0 },
  preview: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`, paddingLeft: tokens.spacingHorizontalM, display: "flex", flexDirection: "column",
    gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere",
  },
  correction: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1 },
  both: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  half: { flex: 1, minWidth: "240px" },
});

type Status = "idle" | "saved" | "dirty" | "saving" | "conflict" | "error";

/**
 * Edits one agenda item's notes (Markdown subset with a toolbar and a safe preview), decisions and action
 * points. Drafts save automatically with the item's eTag; a 409 shows both versions to merge. Published
 * minutes are corrected with an explicit save and a change note. Item 1's round table is shown read-only
 * beside the notes and never enters the typed text, so it can be neither duplicated nor lost.
 */
export function MinutesItemEditor(props: {
  item: EditableItem; api: ReturnType<typeof minutesApi>; language: "sv" | "en"; published: boolean; onSaved: () => void; roundTable?: string[];
  /** Approvers who have approved the unpublished minutes: saving undoes their approval, so it waits for an explicit save. */
  approvedBy?: string[];
}) {
  const t = texts[props.language];
  const styles = useStyles();
  const { number } = props.item;
  const [notes, setNotes] = useState(withoutGeneratedBlock(props.item.notes));
  const [decisions, setDecisions] = useState(props.item.decisions.join("\n"));
  const [actions, setActions] = useState<DraftAction[]>(props.item.actions);
  const [etag, setEtag] = useState(props.item.etag ?? "");
  const [status, setStatus] = useState<Status>("idle");
  const [savedAt, setSavedAt] = useState("");
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<EditableItem & { etag: string }>();
  const [changeNote, setChangeNote] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  const resets = !props.published && (props.approvedBy?.length ?? 0) > 0;
  const explicit = props.published || resets;

  const edit = <T,>(set: (v: T) => void) => (value: T) => {
    set(value);
    setStatus((s) => (s === "conflict" ? s : "dirty"));
  };

  const save = async (withEtag = etag) => {
    setStatus("saving");
    const body = {
      notes: withoutEmptyBold(notes),
      decisions: decisions.split("\n").map((d) => d.trim()).filter(Boolean),
      actions: actions.filter((a) => a.what.trim() && a.owner.trim()),
      ...(props.published ? { changeNote } : {}),
      ...(resets ? { resetApprovals: true } : {}),
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
      setSavedAt(stockholmParts(new Date()).time);
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
    if (explicit || status !== "dirty") return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // The timer restarts on every change, so a save happens a second after typing stops.
  }, [notes, decisions, actions, status, explicit]);

  const useTheirs = () => {
    if (!conflict) return;
    setNotes(withoutGeneratedBlock(conflict.notes));
    setDecisions(conflict.decisions.join("\n"));
    setActions(conflict.actions);
    setEtag(conflict.etag);
    setConflict(undefined);
    setStatus("saved");
  };

  // While typing the autosave is a second away: "Sparar…" says what is about to happen, not an alarm.
  const statusText = status === "saving" || (status === "dirty" && !explicit) ? t.saving
    : status === "dirty" ? (props.published ? t.unsavedCorrection : t.unsaved)
      : status === "saved" ? t.saved(savedAt) : "";
  const decisionList = decisions.split("\n").map((d) => d.trim()).filter(Boolean);
  const notesEditor = (
    <div className={styles.notes}>
      <MarkdownToolbar target={area} onChange={edit(setNotes)} language={props.language} label={`${t.toolbar} ${number}`} />
      <Textarea ref={area} aria-label={t.notes(number)} value={notes} resize="vertical" rows={5} className={styles.textarea}
        onChange={(_e, d) => edit(setNotes)(d.value)} onKeyDown={(e) => handleMarkdownKey(e, edit(setNotes))} />
    </div>
  );
  return (
    <div className={styles.root} data-minutes-item={number}>
      {props.roundTable ? (
        <div className={styles.columns}>
          {notesEditor}
          <aside className={styles.aside} aria-labelledby={`round-table-${number}`} data-testid={`round-table-${number}`}>
            <Subtitle2 as="h4" id={`round-table-${number}`}>{t.roundTable}</Subtitle2>
            <Caption1 className={styles.hint}>{t.roundTableHint}</Caption1>
            {props.roundTable.length === 0 ? <Body1>{t.roundTableNone}</Body1> : props.roundTable.map((line) => <Body1 key={line} as="p">{line}</Body1>)}
          </aside>
        </div>
      ) : notesEditor}
      <Field label={t.decisions} hint={t.decisionsHint}>
        <Textarea value={decisions} rows={2} resize="vertical" onChange={(_e, d) => edit(setDecisions)(d.value)} />
      </Field>
      <ActionListEditor actions={actions} onChange={edit(setActions)} language={props.language} itemNumber={number} />
      {props.published ? (
        <div className={styles.correction}>
          <Field label={t.changeNote} className={styles.grow}><Input value={changeNote} onChange={(_e, d) => setChangeNote(d.value)} /></Field>
          <Button appearance="primary" disabled={status !== "dirty" || changeNote.trim() === ""} onClick={() => void save()}>{t.saveCorrection}</Button>
        </div>
      ) : null}
      {resets ? (
        <div className={styles.correction}>
          <MessageBar intent="warning" className={styles.grow}><MessageBarBody>{t.approved(props.approvedBy!.join(", "))}</MessageBarBody></MessageBar>
          <Button appearance="primary" disabled={status !== "dirty"} onClick={() => void save()}>{t.saveReset}</Button>
        </div>
      ) : null}
      <p role="status" aria-label={`status ${number}`} className={styles.status}>{statusText}</p>
      {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {conflict ? (
        <div role="group" aria-label={t.conflict}>
          <MessageBar intent="warning"><MessageBarBody>{t.conflict}</MessageBarBody></MessageBar>
          <div className={styles.both}>
            <Field label={t.mine} className={styles.half}><Textarea value={notes} rows={5} onChange={(_e, d) => setNotes(d.value)} /></Field>
            <div className={styles.half}><Text weight="semibold">{t.theirs}</Text><pre style={{ whiteSpace: "pre-wrap" }}>{withoutGeneratedBlock(conflict.notes)}</pre></div>
          </div>
          <Button appearance="primary" onClick={() => void save(conflict.etag)}>{t.keepMine}</Button>{" "}
          <Button onClick={useTheirs}>{t.useTheirs}</Button>
        </div>
      ) : null}
      <section className={styles.preview} aria-label={`${t.preview} ${number}`}>
        <Caption1 className={styles.hint}>{t.preview}</Caption1>
        <div data-testid={`preview-${number}`}><MarkdownView markdown={notes} /></div>
        {decisionList.length > 0 ? (
          <div data-testid={`decisions-${number}`}>
            <Text weight="semibold">{t.decisions}</Text>
            <ul>{decisionList.map((d) => <li key={d}>{d}</li>)}</ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}
