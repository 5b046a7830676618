import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MemberRow, OrganisationRequest, OrganisationRow } from "../../../../bot/src/api/contract";
import { organisationKinds, type OrganisationKind } from "../../../../bot/src/domain/network";
import { useLanguage, useText } from "../../i18n";
import { kindLabel } from "./admin-labels";

const text = {
  sv: { name: "Namn", kind: "Typ", contact: "Kontaktperson (får frågan om aktuellt läge)", nobody: "Ingen – alla organisationens medlemmar", save: "Spara", cancel: "Avbryt", required: "Fyll i ett namn." },
  en: { name: "Name", kind: "Kind", contact: "Contact person (gets the round-table request)", nobody: "Nobody – every member of the organisation", save: "Save", cancel: "Cancel", required: "Fill in a name." },
};

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end", width: "100%", minWidth: 0 },
  cell: { flex: "1 1 160px", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Changes one organisation: name, kind and contact person (one of its active members, or nobody). */
export function OrganisationEditor(props: { organisation: OrganisationRow; members: MemberRow[]; busy: boolean; onSave: (body: OrganisationRequest) => Promise<void>; onCancel: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { organisation } = props;
  const [name, setName] = useState(organisation.name);
  const [kind, setKind] = useState<OrganisationKind>(organisation.kind);
  const [contact, setContact] = useState(organisation.contactMemberId ?? "");
  const [tried, setTried] = useState(false);
  const own = props.members.filter((m) => m.organisationId === organisation.id && m.active);
  const missing = name.trim() === "";
  return (
    <form className={styles.root} data-organisation-editor noValidate onSubmit={(e) => {
      e.preventDefault();
      setTried(true);
      if (!missing) void props.onSave({ name: name.trim(), kind, contactMemberId: contact === "" ? null : contact });
    }}>
      <Field className={styles.cell} label={t.name} required validationMessage={tried && missing ? t.required : undefined}>
        <Input value={name} onChange={(_, d) => setName(d.value)} name="organisation-name" autoFocus />
      </Field>
      <Field className={styles.cell} label={t.kind}>
        <Select className={styles.select} value={kind} onChange={(_, d) => setKind(d.value as OrganisationKind)} name="organisation-kind">
          {organisationKinds.map((k) => <option key={k} value={k}>{kindLabel(k, language)}</option>)}
        </Select>
      </Field>
      <Field className={styles.cell} label={t.contact}>
        <Select className={styles.select} value={contact} onChange={(_, d) => setContact(d.value)} name="organisation-contact">
          <option value="">{t.nobody}</option>
          {own.map((m) => <option key={m.aadObjectId} value={m.aadObjectId}>{m.displayName}</option>)}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.busy}>{t.save}</Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
