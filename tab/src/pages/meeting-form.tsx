import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { meetingForms } from "../../../bot/src/domain/meeting";
import type { Member } from "../../../bot/src/domain/member";
import type { OrganisationsPayload } from "../../../bot/src/api/contract";
import { compareSwedish } from "../../../bot/src/domain/network";
import { ErrorBar } from "../components/states";
import { useLanguage, useText } from "../i18n";
import { formLabel } from "../labels";
import { useApi } from "../session";
import { meetingDraftProblems, type DraftProblems, type MeetingDraft } from "./meeting-form-draft";

const text = {
  sv: {
    title: "Rubrik", date: "Datum", startTime: "Starttid (svensk tid)", endTime: "Sluttid (svensk tid)", form: "Mötesform", place: "Plats",
    joinUrl: "Teams-länk", chairId: "Ordförande", secretaryId: "Sekreterare", replyBy: "Sista svarsdag", nobody: "Ingen vald", members: "Ledamöter", guests: "Gäster",
    saving: "Sparar …", cancel: "Avbryt", notSaved: "Mötet sparades inte", fix: "Rätta de markerade fälten först.",
    problems: {
      required: "Fyll i fältet.", endBeforeStart: "Sluttiden måste vara efter starttiden.", link: "Ange en länk som börjar med https://.",
      replyAfterMeeting: "Sista svarsdag måste vara före mötesdagen.",
    },
  },
  en: {
    title: "Title", date: "Date", startTime: "Start time (Swedish time)", endTime: "End time (Swedish time)", form: "Meeting form", place: "Place",
    joinUrl: "Teams link", chairId: "Chair", secretaryId: "Secretary", replyBy: "Reply by", nobody: "Nobody chosen", members: "Members", guests: "Guests",
    saving: "Saving …", cancel: "Cancel", notSaved: "The meeting was not saved", fix: "Correct the marked fields first.",
    problems: {
      required: "Fill in the field.", endBeforeStart: "The end time must be after the start time.", link: "Enter a link starting with https://.",
      replyAfterMeeting: "The reply-by date must be before the meeting day.",
    },
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  cell: { flex: "1 1 140px", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  // A select is as wide as its longest name unless told otherwise; the side panel is 320 px.
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The meeting's facts as a form: title, Stockholm date and times, form, place, Teams link, chair and
 * secretary (the network's members with their organisation, members before guests) and reply-by day, and
 * whatever `children` adds (the new meeting's agenda). Nothing is sent until the required fields are right;
 * `onSave` throws the server's error, which is shown as it is.
 */
export function MeetingForm(props: { heading: string; saveLabel: string; initial: MeetingDraft; notice?: ReactNode; children?: ReactNode; onSave: (draft: MeetingDraft) => Promise<void>; onCancel: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const members = useApi<{ members: Member[] }>("/members");
  const organisations = useApi<OrganisationsPayload>("/organisations");
  const [draft, setDraft] = useState(props.initial);
  const [shown, setShown] = useState(props.initial);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  if (shown !== props.initial) {
    // A reloaded meeting (after a conflict) replaces what was typed.
    setShown(props.initial);
    setDraft(props.initial);
  }
  const problems = meetingDraftProblems(draft);
  const invalid = Object.keys(problems).length > 0;
  const set = (patch: Partial<MeetingDraft>) => setDraft({ ...draft, ...patch });
  const problem = (field: keyof DraftProblems) => {
    const kind = showProblems ? problems[field] : undefined;
    return kind ? { validationMessage: t.problems[kind], validationState: "error" as const } : {};
  };
  const orgName = new Map((organisations.data?.organisations ?? []).map((o) => [o.id, o.name]));
  const active = (members.data?.members ?? []).filter((m) => m.active).sort((a, b) => compareSwedish(a.displayName, b.displayName));
  const groups = [{ label: t.members, people: active.filter((m) => m.role !== "guest") }, { label: t.guests, people: active.filter((m) => m.role === "guest") }].filter((g) => g.people.length > 0);
  const nameOf = (m: Member) => (orgName.get(m.organisationId) ? `${m.displayName} (${orgName.get(m.organisationId)})` : m.displayName);

  const save = async () => {
    setShowProblems(true);
    if (invalid) return;
    setSaving(true);
    setError(undefined);
    try {
      await props.onSave(draft);
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  const textField = (field: "title" | "place" | "joinUrl", type: "text" | "url" = "text") => (
    <Field label={t[field]} required={field !== "joinUrl"} {...problem(field)}>
      <Input type={type} value={draft[field]} onChange={(_, d) => set({ [field]: d.value })} />
    </Field>
  );
  const dateOrTime = (field: "date" | "startTime" | "endTime" | "replyBy", type: "date" | "time") => (
    <Field className={styles.cell} label={t[field]} required={field !== "replyBy"} {...problem(field)}>
      <Input type={type} value={draft[field]} onChange={(_, d) => set({ [field]: d.value })} />
    </Field>
  );
  const person = (field: "chairId" | "secretaryId") => (
    <Field className={styles.cell} label={t[field]}>
      <Select className={styles.select} value={draft[field]} onChange={(_, d) => set({ [field]: d.value })}>
        <option value="">{t.nobody}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.people.map((m) => <option key={m.aadObjectId} value={m.aadObjectId}>{nameOf(m)}</option>)}
          </optgroup>
        ))}
      </Select>
    </Field>
  );

  return (
    <form className={styles.root} aria-labelledby="meeting-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Subtitle2 as="h2" block id="meeting-form-title">{props.heading}</Subtitle2>
      {props.notice}
      {error ? <ErrorBar error={error} title={t.notSaved} /> : null}
      {members.error ? <ErrorBar error={members.error} onRetry={members.reload} /> : null}
      {showProblems && invalid ? <p role="alert">{t.fix}</p> : null}
      {textField("title")}
      <div className={styles.row}>
        {dateOrTime("date", "date")}
        {dateOrTime("startTime", "time")}
        {dateOrTime("endTime", "time")}
      </div>
      <Field label={t.form} required>
        <Select value={draft.form} onChange={(_, d) => set({ form: d.value as MeetingDraft["form"] })}>
          {meetingForms.map((f) => <option key={f} value={f}>{formLabel(f, language)}</option>)}
        </Select>
      </Field>
      {textField("place")}
      {textField("joinUrl", "url")}
      <div className={styles.row}>
        {person("chairId")}
        {person("secretaryId")}
      </div>
      <div className={styles.row}>{dateOrTime("replyBy", "date")}</div>
      {props.children}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={saving}>{saving ? t.saving : props.saveLabel}</Button>
        <Button type="button" disabled={saving} onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
