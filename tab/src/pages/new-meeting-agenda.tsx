import { Button, Caption1, Field, Input, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, CopyRegular, DeleteRegular, DocumentBulletListRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MeetingDetail, MeetingsPayload } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { useText } from "../i18n";
import { useSession } from "../session";
import { copiedDrafts, emptyDraft, moved, type AgendaItemDraft, type DraftProblems } from "./agenda-draft";

const text = {
  sv: {
    title: "Dagordning", hint: "Rubrik och planerad tid räcker nu; föredragande, beskrivning och bilagor kan läggas till efteråt.",
    template: "Använd nätverkets mall", copy: "Kopiera förra mötets dagordning", add: "Lägg till punkt",
    itemTitle: (n: number) => `Dagordningspunkt ${n}`, itemMinutes: (n: number) => `Minuter för punkt ${n}`,
    up: (n: number) => `Flytta punkt ${n} uppåt`, down: (n: number) => `Flytta punkt ${n} nedåt`, remove: (n: number) => `Ta bort punkt ${n}`,
    noPrevious: "Nätverket har inget tidigare möte att kopiera från.", copied: (title: string) => `Kopierad från "${title}".`,
    problems: { title: "Skriv en rubrik.", plannedMinutes: "Ange ett heltal mellan 1 och 600.", attachments: "En bilaga saknar text eller webbadress." },
  },
  en: {
    title: "Agenda", hint: "Title and planned time are enough now; presenters, description and attachments can be added later.",
    template: "Use the network's template", copy: "Copy the previous meeting's agenda", add: "Add item",
    itemTitle: (n: number) => `Agenda item ${n}`, itemMinutes: (n: number) => `Minutes for item ${n}`,
    up: (n: number) => `Move item ${n} up`, down: (n: number) => `Move item ${n} down`, remove: (n: number) => `Remove item ${n}`,
    noPrevious: "The network has no earlier meeting to copy from.", copied: (title: string) => `Copied from "${title}".`,
    problems: { title: "Enter a title.", plannedMinutes: "Enter a whole number from 1 to 600.", attachments: "An attachment has no text or web address." },
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  titleField: { flex: "1 1 180px", minWidth: 0 },
  minutesField: { flex: "0 0 90px" },
  tools: { display: "flex" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Of the network's meetings (earliest first), the latest one that was not cancelled. */
export function previousMeeting(meetings: MeetingsPayload["meetings"]): MeetingsPayload["meetings"][number] | undefined {
  return meetings.filter((m) => m.status !== "cancelled").at(-1);
}

/**
 * The new meeting's agenda in the meeting form: one compact row per item (title, planned minutes, move,
 * remove), started from the network's template or copied from the previous meeting.
 */
export function NewMeetingAgenda(props: {
  drafts: AgendaItemDraft[];
  problems: DraftProblems[];
  showProblems: boolean;
  template: string[];
  onChange: (drafts: AgendaItemDraft[]) => void;
}) {
  const t = useText(text);
  const styles = useStyles();
  const { call } = useSession();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<Error>();
  const { drafts } = props;
  const set = (index: number, patch: Partial<AgendaItemDraft>) => props.onChange(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const problem = (index: number, field: keyof DraftProblems) => (props.showProblems && props.problems[index]?.[field] ? t.problems[field] : undefined);

  const copy = async () => {
    setError(undefined);
    setNote(undefined);
    try {
      const previous = previousMeeting((await call<MeetingsPayload>("/meetings")).meetings);
      if (!previous) {
        setNote(t.noPrevious);
        return;
      }
      const detail = await call<MeetingDetail>(`/meetings/${encodeURIComponent(previous.id)}`);
      props.onChange(copiedDrafts(detail.agenda.map(({ title, presenters, plannedMinutes, description, attachments }) => ({ title, presenters, plannedMinutes, description, attachments }))));
      setNote(t.copied(previous.title));
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="new-agenda-title" data-new-agenda>
      <Subtitle2 as="h3" block id="new-agenda-title">{t.title}</Subtitle2>
      <Caption1 as="p" block>{t.hint}</Caption1>
      <div className={styles.actions}>
        <Button size="small" icon={<DocumentBulletListRegular />} onClick={() => { setNote(undefined); props.onChange(copiedDrafts(props.template.map((title) => ({ title })))); }}>{t.template}</Button>
        <Button size="small" icon={<CopyRegular />} onClick={() => void copy()}>{t.copy}</Button>
      </div>
      {note ? <p role="status">{note}</p> : null}
      {error ? <ErrorBar error={error} /> : null}
      <ol className={styles.list}>
        {drafts.map((draft, index) => {
          const n = index + 1;
          return (
            <li key={draft.key} className={styles.row} data-new-agenda-item={n}>
              <Field className={styles.titleField} label={t.itemTitle(n)} validationMessage={problem(index, "title") ?? problem(index, "attachments")}>
                <Input value={draft.title} maxLength={200} onChange={(_, d) => set(index, { title: d.value })} />
              </Field>
              <Field className={styles.minutesField} label={t.itemMinutes(n)} validationMessage={problem(index, "plannedMinutes")}>
                <Input inputMode="numeric" value={draft.plannedMinutes} maxLength={3} onChange={(_, d) => set(index, { plannedMinutes: d.value })} />
              </Field>
              <div className={styles.tools}>
                <Button appearance="subtle" icon={<ArrowUpRegular />} aria-label={t.up(n)} title={t.up(n)} disabled={n === 1} onClick={() => props.onChange(moved(drafts, index, -1))} />
                <Button appearance="subtle" icon={<ArrowDownRegular />} aria-label={t.down(n)} title={t.down(n)} disabled={n === drafts.length} onClick={() => props.onChange(moved(drafts, index, 1))} />
                <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t.remove(n)} title={t.remove(n)} onClick={() => props.onChange(drafts.filter((_, i) => i !== index))} />
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.actions}>
        <Button size="small" icon={<AddRegular />} onClick={() => props.onChange([...drafts, emptyDraft()])}>{t.add}</Button>
      </div>
    </section>
  );
}
