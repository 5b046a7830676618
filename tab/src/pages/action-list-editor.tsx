import { Button, Checkbox, Input } from "@fluentui/react-components";
import type { ActionItem } from "./minutes-api";

/** An action point being edited: a new one has no id until saved. */
export type DraftAction = Omit<ActionItem, "id"> & { id?: string };

const texts = {
  sv: { what: "Vad", owner: "Ansvarig", due: "Senast", done: "Klar", remove: "Ta bort", add: "Lägg till åtgärd", legend: "Åtgärder" },
  en: { what: "What", owner: "Responsible", due: "Due", done: "Done", remove: "Remove", add: "Add action point", legend: "Action points" },
} as const;

/** Edits an item's action points: what, who, by when, done. */
export function ActionListEditor(props: { actions: DraftAction[]; onChange: (actions: DraftAction[]) => void; language: "sv" | "en"; itemNumber: number }) {
  const t = texts[props.language];
  const update = (index: number, change: Partial<DraftAction>) => props.onChange(props.actions.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <fieldset aria-label={`${t.legend} ${props.itemNumber}`} style={{ border: "none", padding: 0, margin: "8px 0" }}>
      <legend>{t.legend}</legend>
      {props.actions.map((action, index) => (
        <div key={action.id ?? `new-${index}`} style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap", margin: "4px 0" }}>
          <Input aria-label={t.what} placeholder={t.what} value={action.what} onChange={(_e, d) => update(index, { what: d.value })} style={{ flexGrow: 1, minWidth: 200 }} />
          <Input aria-label={t.owner} placeholder={t.owner} value={action.owner} onChange={(_e, d) => update(index, { owner: d.value })} />
          <Input aria-label={t.due} type="date" value={action.due ?? ""} onChange={(_e, d) => update(index, { due: d.value || undefined })} />
          <Checkbox label={t.done} checked={action.done} onChange={(_e, d) => update(index, { done: Boolean(d.checked) })} />
          <Button size="small" onClick={() => props.onChange(props.actions.filter((_a, i) => i !== index))}>{t.remove}</Button>
        </div>
      ))}
      <Button size="small" onClick={() => props.onChange([...props.actions, { what: "", owner: "", done: false }])}>{t.add}</Button>
    </fieldset>
  );
}
