import { Body1, Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
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

/**
 * One line of the attendance lists; with `onMark` the chair, secretary or coordinator can change it. The
 * row's buttons are secondary: a list of 18 people must not be a wall of primary buttons. The items editor
 * takes focus when it opens, and stays open with what was typed when the server refuses the value. While a
 * change is saved the buttons stay focusable (not removed from the tab order), so keyboard focus is not lost.
 */
export function AttendanceRow(props: {
  text: string;
  name: string;
  status: "present" | "absent";
  items: number[];
  busy: boolean;
  /** Resolves true when the change was saved. */
  onMark?: (change: { status: "present" | "absent"; items?: number[] }) => Promise<boolean>;
}) {
  const t = useText(text);
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [items, setItems] = useState(props.items.join(", "));
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const parsed = parseItemNumbers(items);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const close = () => {
    setEditing(false);
    opener.current?.focus();
  };
  const save = async () => {
    if (!parsed || !props.onMark) return;
    if (await props.onMark({ status: "present", items: parsed })) close();
    else input.current?.focus();
  };
  return (
    <li className={styles.row} data-person={props.name}>
      <Body1 className={styles.text}>{props.text}</Body1>
      {props.onMark ? (
        <div className={styles.actions}>
          {props.status === "present" ? (
            <>
              <Button ref={opener} size="small" disabledFocusable={props.busy} aria-expanded={editing} aria-label={t.setItems(props.name)} onClick={() => { setItems(props.items.join(", ")); setEditing(!editing); }}>{t.items}</Button>
              <Button size="small" disabledFocusable={props.busy} aria-label={t.markAbsent(props.name)} onClick={() => void props.onMark!({ status: "absent" })}>{t.absent}</Button>
            </>
          ) : (
            <Button size="small" disabledFocusable={props.busy} aria-label={t.markPresent(props.name)} onClick={() => void props.onMark!({ status: "present" })}>{t.present}</Button>
          )}
        </div>
      ) : null}
      {editing && props.onMark ? (
        <form className={styles.editor} onSubmit={(e) => { e.preventDefault(); void save(); }} onKeyDown={(e) => { if (e.key === "Escape") close(); }}>
          <Field label={t.itemsLabel} validationMessage={parsed ? undefined : t.badItems} size="small">
            <Input ref={input} size="small" value={items} onChange={(_, d) => setItems(d.value)} />
          </Field>
          <Button type="submit" size="small" appearance="primary" disabled={!parsed || props.busy}>{t.save}</Button>
          <Button type="button" size="small" onClick={close}>{t.cancel}</Button>
        </form>
      ) : null}
    </li>
  );
}
