import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { OrganisationRow } from "../../../../bot/src/api/contract";
import { networkRoles, type Member, type NetworkRole } from "../../../../bot/src/domain/member";
import { useLanguage, useText } from "../../i18n";
import { roleLabel } from "./admin-labels";

/** What the member form gives: the fields of POST /members (the object id only for a new member). */
export type MemberDraft = Pick<Member, "aadObjectId" | "displayName" | "email" | "organisationId" | "role">;

const text = {
  sv: {
    id: "Entra-objekt-id", idHint: "Personens objekt-id i Microsoft Entra (finns i Teams administrationscenter).", name: "Namn", email: "E-post",
    organisation: "Organisation", role: "Roll", save: "Spara", cancel: "Avbryt", required: "Fyll i fältet.", badEmail: "Ange en e-postadress.",
  },
  en: {
    id: "Entra object id", idHint: "The person's object id in Microsoft Entra (see the Teams admin center).", name: "Name", email: "E-mail",
    organisation: "Organisation", role: "Role", save: "Save", cancel: "Cancel", required: "Fill in the field.", badEmail: "Enter an e-mail address.",
  },
};

// The server checks the address properly; this only catches a slip before sending.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end", width: "100%", minWidth: 0 },
  cell: { flex: "1 1 160px", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A member's facts as a form; `withId` asks for the Entra object id (adding). Checked before anything is sent. */
export function MemberEditor(props: {
  initial: MemberDraft; organisations: OrganisationRow[]; withId: boolean; saveLabel?: string; busy: boolean;
  onSave: (draft: MemberDraft) => Promise<void>; onCancel?: () => void;
}) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const [draft, setDraft] = useState(props.initial);
  const [tried, setTried] = useState(false);
  const set = (change: Partial<MemberDraft>) => setDraft((d) => ({ ...d, ...change }));
  const problem = (value: string) => (tried && value.trim() === "" ? t.required : undefined);
  const emailOk = EMAIL.test(draft.email.trim());
  const emailProblem = tried && !emailOk ? t.badEmail : undefined;
  const complete = emailOk && [draft.aadObjectId, draft.displayName, draft.organisationId].every((v) => v.trim() !== "");
  const choosable = props.organisations.filter((o) => o.active !== false || o.id === props.initial.organisationId);
  return (
    <form className={styles.root} data-member-editor noValidate onSubmit={(e) => {
      e.preventDefault();
      setTried(true);
      if (complete) void props.onSave({ ...draft, aadObjectId: draft.aadObjectId.trim(), displayName: draft.displayName.trim(), email: draft.email.trim() });
    }}>
      {props.withId ? (
        <Field className={styles.cell} label={t.id} hint={t.idHint} required validationMessage={problem(draft.aadObjectId)}>
          <Input value={draft.aadObjectId} onChange={(_, d) => set({ aadObjectId: d.value })} name="member-id" />
        </Field>
      ) : null}
      <Field className={styles.cell} label={t.name} required validationMessage={problem(draft.displayName)}>
        <Input value={draft.displayName} onChange={(_, d) => set({ displayName: d.value })} name="member-name" />
      </Field>
      <Field className={styles.cell} label={t.email} required validationMessage={emailProblem}>
        <Input type="email" value={draft.email} onChange={(_, d) => set({ email: d.value })} name="member-email" />
      </Field>
      <Field className={styles.cell} label={t.organisation} required validationMessage={problem(draft.organisationId)}>
        <Select className={styles.select} value={draft.organisationId} onChange={(_, d) => set({ organisationId: d.value })} name="member-organisation">
          <option value="" disabled>—</option>
          {choosable.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </Field>
      <Field className={styles.cell} label={t.role}>
        <Select className={styles.select} value={draft.role} onChange={(_, d) => set({ role: d.value as NetworkRole })} name="member-role">
          {networkRoles.map((r) => <option key={r} value={r}>{roleLabel(r, language)}</option>)}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.busy}>{props.saveLabel ?? t.save}</Button>
        {props.onCancel ? <Button onClick={props.onCancel}>{t.cancel}</Button> : null}
      </div>
    </form>
  );
}
