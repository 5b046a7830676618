import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { AddRegular, SaveRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { AgendaItemView, AgendaReplaceRequest } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { useText } from "../i18n";
import { useSession } from "../session";
import { agendaDiff, type AgendaDiffEntry } from "../../../bot/src/domain/agenda-diff";
import { draftsOf, emptyDraft, inputOf, moved, problemsOf } from "./agenda-draft";
import { AgendaNotifyDialog } from "./agenda-notify-dialog";
import { AgendaItemEditor } from "./agenda-item-editor";

const text = {
  sv: { title: "Redigera dagordningen", add: "Lägg till punkt", save: "Spara dagordningen", saving: "Sparar …", cancel: "Avbryt", notSaved: "Dagordningen sparades inte", fix: "Rätta de markerade fälten först." },
  en: { title: "Edit the agenda", add: "Add item", save: "Save the agenda", saving: "Saving …", cancel: "Cancel", notSaved: "The agenda was not saved", fix: "Correct the marked fields first." },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  saveBar: {
    position: "sticky", bottom: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground3, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * Edits the whole agenda and saves it with one `PUT …/agenda`: add, remove, reorder and fill in items. When
 * the invitation is out (`invited`) and something changed, it first asks whether invitees get a message.
 */
export function AgendaEditor(props: { meetingId: string; items: AgendaItemView[]; invited?: boolean; onSaved: (agenda: AgendaItemView[]) => void; onCancel: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const { call } = useSession();
  const [drafts, setDrafts] = useState(() => draftsOf(props.items));
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const [asking, setAsking] = useState<AgendaDiffEntry[]>();
  const problems = drafts.map(problemsOf);
  const invalid = problems.some((p) => Object.keys(p).length > 0);

  const save = () => {
    setShowProblems(true);
    if (invalid) return;
    const items = drafts.map(inputOf);
    const changes = agendaDiff(props.items, items.map((item, i) => ({ ...item, number: i + 1, presenters: item.presenters ?? [] })), items.map((i) => i.number));
    if (props.invited && changes.length > 0) setAsking(changes);
    else void store(false);
  };

  const store = async (notify: boolean) => {
    setAsking(undefined);
    setSaving(true);
    setError(undefined);
    try {
      const saved = await call<{ agenda: AgendaItemView[] }>(`/meetings/${encodeURIComponent(props.meetingId)}/agenda`, {
        method: "PUT",
        body: JSON.stringify({ items: drafts.map(inputOf), notify } satisfies AgendaReplaceRequest),
      });
      props.onSaved(saved.agenda);
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="agenda-edit-title">
      <Subtitle2 as="h2" block id="agenda-edit-title">{t.title}</Subtitle2>
      {error ? <ErrorBar error={error} title={t.notSaved} /> : null}
      {showProblems && invalid ? <p role="alert">{t.fix}</p> : null}
      <ol className={styles.list}>
        {drafts.map((draft, index) => (
          <li key={draft.key}>
            <AgendaItemEditor
              draft={draft}
              number={index + 1}
              count={drafts.length}
              problems={problems[index]!}
              showProblems={showProblems}
              onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
              onMove={(step) => setDrafts(moved(drafts, index, step))}
              onRemove={() => setDrafts(drafts.filter((_, i) => i !== index))}
            />
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => setDrafts([...drafts, emptyDraft()])}>{t.add}</Button>
      </div>
      <div className={styles.saveBar}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={save}>{saving ? t.saving : t.save}</Button>
        <Button disabled={saving} onClick={props.onCancel}>{t.cancel}</Button>
      </div>
      <AgendaNotifyDialog changes={asking} onChoose={(notify) => void store(notify)} onClose={() => setAsking(undefined)} />
    </section>
  );
}
