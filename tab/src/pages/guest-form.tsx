import { Button, Field, Input, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { parseItemNumbers } from "../format";
import { useText } from "../i18n";

const text = {
  sv: { title: "Lägg till gäst", name: "Namn", organisation: "Organisation", items: "Punkter (tomt = hela mötet)", add: "Lägg till", badItems: "Skriv punkternas nummer, t.ex. 4." },
  en: { title: "Add a guest", name: "Name", organisation: "Organisation", items: "Items (empty = whole meeting)", add: "Add", badItems: "Enter item numbers, e.g. 4." },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  field: { flex: "1 1 180px", minWidth: 0 },
});

/** Records a person who is not a member (a presenter, an external participant) as present. */
export function GuestForm(props: { busy: boolean; onAdd: (guest: { name: string; organisationName: string; items: number[] }) => Promise<boolean> }) {
  const t = useText(text);
  const styles = useStyles();
  const [name, setName] = useState("");
  const [organisationName, setOrganisationName] = useState("");
  const [items, setItems] = useState("");
  const parsed = parseItemNumbers(items);
  const ready = name.trim() !== "" && organisationName.trim() !== "" && parsed !== undefined;
  const add = async () => {
    if (!ready) return;
    if (await props.onAdd({ name: name.trim(), organisationName: organisationName.trim(), items: parsed })) {
      setName("");
      setOrganisationName("");
      setItems("");
    }
  };
  return (
    <section className={styles.root} aria-labelledby="guest-title">
      <Subtitle2 as="h3" block id="guest-title">{t.title}</Subtitle2>
      <div className={styles.fields}>
        <Field className={styles.field} label={t.name} required><Input value={name} maxLength={200} onChange={(_, d) => setName(d.value)} /></Field>
        <Field className={styles.field} label={t.organisation} required><Input value={organisationName} maxLength={200} onChange={(_, d) => setOrganisationName(d.value)} /></Field>
        <Field className={styles.field} label={t.items} validationMessage={parsed ? undefined : t.badItems}><Input value={items} maxLength={40} onChange={(_, d) => setItems(d.value)} /></Field>
        <Button icon={<PersonAddRegular />} disabled={!ready || props.busy} onClick={() => void add()}>{t.add}</Button>
      </div>
    </section>
  );
}
