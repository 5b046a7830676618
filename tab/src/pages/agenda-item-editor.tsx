import { Button, Field, Input, makeStyles, mergeClasses, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular, DismissRegular } from "@fluentui/react-icons";
import { useSurfaceStyles } from "../components/surface";
import { useText } from "../i18n";
import { newKey, type AgendaItemDraft, type DraftProblems } from "./agenda-draft";

const text = {
  sv: {
    item: (n: number) => `Punkt ${n}`, title: "Rubrik", presenters: "Föredragande (komma mellan namnen)", minutes: "Planerad tid (minuter)",
    description: "Beskrivning", attachments: "Bilagor (länkar)", linkTitle: "Länktext", linkUrl: "Webbadress", addLink: "Lägg till länk",
    removeLink: (n: number) => `Ta bort länk ${n}`, up: (n: number) => `Flytta punkt ${n} uppåt`, down: (n: number) => `Flytta punkt ${n} nedåt`,
    remove: (n: number) => `Ta bort punkt ${n}`,
    problems: { title: "Skriv en rubrik.", plannedMinutes: "Ange ett heltal mellan 1 och 600.", attachments: "Varje länk behöver en text och en webbadress som börjar med https://." },
  },
  en: {
    item: (n: number) => `Item ${n}`, title: "Title", presenters: "Presenters (comma between names)", minutes: "Planned time (minutes)",
    description: "Description", attachments: "Attachments (links)", linkTitle: "Link text", linkUrl: "Web address", addLink: "Add link",
    removeLink: (n: number) => `Remove link ${n}`, up: (n: number) => `Move item ${n} up`, down: (n: number) => `Move item ${n} down`,
    remove: (n: number) => `Remove item ${n}`,
    problems: { title: "Enter a title.", plannedMinutes: "Enter a whole number from 1 to 600.", attachments: "Every link needs a text and a web address starting with https://." },
  },
};

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tools: { display: "flex", gap: tokens.spacingHorizontalXS },
  link: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  linkField: { flex: "1 1 160px", minWidth: 0 },
  grow: { width: "100%" },
});

/** The fields of one agenda item, with move up/down and remove. */
export function AgendaItemEditor(props: {
  draft: AgendaItemDraft;
  number: number;
  count: number;
  problems: DraftProblems;
  showProblems: boolean;
  onChange: (draft: AgendaItemDraft) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useText(text);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { draft, number: n } = props;
  const set = (patch: Partial<AgendaItemDraft>) => props.onChange({ ...draft, ...patch });
  const problem = (field: keyof DraftProblems) => (props.showProblems && props.problems[field] ? t.problems[field] : undefined);
  const setLink = (index: number, patch: Partial<{ title: string; url: string }>) =>
    set({ attachments: draft.attachments.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <div role="group" aria-labelledby={`${draft.key}-title`} className={mergeClasses(surface.surface, surface.stack)} data-edit-item={n}>
      <div className={styles.head}>
        <Subtitle2 as="h3" block id={`${draft.key}-title`}>{t.item(n)}</Subtitle2>
        <div className={styles.tools}>
          <Button appearance="subtle" icon={<ArrowUpRegular />} aria-label={t.up(n)} title={t.up(n)} disabled={n === 1} onClick={() => props.onMove(-1)} />
          <Button appearance="subtle" icon={<ArrowDownRegular />} aria-label={t.down(n)} title={t.down(n)} disabled={n === props.count} onClick={() => props.onMove(1)} />
          <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t.remove(n)} title={t.remove(n)} onClick={props.onRemove} />
        </div>
      </div>
      <Field label={t.title} required validationMessage={problem("title")}>
        <Input className={styles.grow} value={draft.title} maxLength={300} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label={t.presenters}>
        <Input className={styles.grow} value={draft.presenters} maxLength={500} onChange={(_, d) => set({ presenters: d.value })} />
      </Field>
      <Field label={t.minutes} validationMessage={problem("plannedMinutes")}>
        <Input className={styles.grow} inputMode="numeric" value={draft.plannedMinutes} maxLength={3} onChange={(_, d) => set({ plannedMinutes: d.value })} />
      </Field>
      <Field label={t.description}>
        <Textarea className={styles.grow} value={draft.description} resize="vertical" maxLength={4000} onChange={(_, d) => set({ description: d.value })} />
      </Field>
      <Field label={t.attachments} validationMessage={problem("attachments")}>
        <div>
          {draft.attachments.map((a, i) => (
            <div key={a.key} className={styles.link}>
              <Field className={styles.linkField} label={t.linkTitle} size="small">
                <Input size="small" value={a.title} maxLength={200} onChange={(_, d) => setLink(i, { title: d.value })} />
              </Field>
              <Field className={styles.linkField} label={t.linkUrl} size="small">
                <Input size="small" type="url" value={a.url} maxLength={2000} placeholder="https://" onChange={(_, d) => setLink(i, { url: d.value })} />
              </Field>
              <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={t.removeLink(i + 1)} title={t.removeLink(i + 1)}
                onClick={() => set({ attachments: draft.attachments.filter((_, j) => j !== i) })} />
            </div>
          ))}
          <Button size="small" appearance="transparent" icon={<AddRegular />} onClick={() => set({ attachments: [...draft.attachments, { key: newKey(), title: "", url: "" }] })}>{t.addLink}</Button>
        </div>
      </Field>
    </div>
  );
}
