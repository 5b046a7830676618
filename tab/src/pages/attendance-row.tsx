import { Body1, Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseItemNumbers } from "../format";
import { useText } from "../i18n";

const text = {
  sv: {
    present: "Närvarande", absent: "Frånvarande", items: "Punkter", save: "Spara", cancel: "Avbryt",
    markPresent: (name: string) => `Markera ${name} som närvarande`, markAbsent: (name: string) => `Markera ${name} som frånvarande`,
    setItems: (name: string) => `Ange punkter för ${name}`, itemsLabel: "Punkter (t.ex. 4 eller 2, 4; tomt = hela mötet)", badItems: "Skriv punkternas nummer, t.ex. 2, 4.",
  },
  en: {
    present: "Present", absent: "Absent", items: "Items", save: "Save", cancel: "Cancel",
    markPresent: (name: string) => `Mark ${name} present`, markAbsent: (name: string) => `Mark ${name} absent`,
    setItems: (name: string) => `Set items for ${name}`, itemsLabel: "Items (e.g. 4 or 2, 4; empty = whole meeting)", badItems: "Enter item numbers, e.g. 2, 4.",
  },
};

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  editor: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexBasis: "100%" },
});

/** One line of the attendance lists; with `onMark` the chair, secretary or coordinator can change it. */
export function AttendanceRow(props: {
  text: string;
  name: string;
  status: "present" | "absent";
  items: number[];
  busy: boolean;
  onMark?: (change: { status: "present" | "absent"; items?: number[] }) => void;
}) {
  const t = useText(text);
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [items, setItems] = useState(props.items.join(", "));
  const parsed = parseItemNumbers(items);
  return (
    <li className={styles.row} data-person={props.name}>
      <Body1 className={styles.text}>{props.text}</Body1>
      {props.onMark ? (
        <div className={styles.actions}>
          {props.status === "present" ? (
            <>
              <Button size="small" disabled={props.busy} aria-label={t.setItems(props.name)} onClick={() => { setItems(props.items.join(", ")); setEditing(!editing); }}>{t.items}</Button>
              <Button size="small" disabled={props.busy} aria-label={t.markAbsent(props.name)} onClick={() => props.onMark!({ status: "absent" })}>{t.absent}</Button>
            </>
          ) : (
            <Button size="small" appearance="primary" disabled={props.busy} aria-label={t.markPresent(props.name)} onClick={() => props.onMark!({ status: "present" })}>{t.present}</Button>
          )}
        </div>
      ) : null}
      {editing && props.onMark ? (
        <div className={styles.editor}>
          <Field label={t.itemsLabel} validationMessage={parsed ? undefined : t.badItems} size="small">
            <Input size="small" value={items} onChange={(_, d) => setItems(d.value)} />
          </Field>
          <Button size="small" appearance="primary" disabled={!parsed || props.busy} onClick={() => { props.onMark!({ status: "present", items: parsed }); setEditing(false); }}>{t.save}</Button>
          <Button size="small" onClick={() => setEditing(false)}>{t.cancel}</Button>
        </div>
      ) : null}
    </li>
  );
}
