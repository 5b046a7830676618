import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Switch, Textarea, tokens } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { NetworkPayload, NetworkRequest, RoundTableQuestionsRequest } from "../../../../bot/src/api/contract";
import type { Language, NetworkSettings } from "../../../../bot/src/domain/network";
import { ErrorBar, Loading } from "../../components/states";
import { useSurfaceStyles } from "../../components/surface";
import { useText } from "../../i18n";
import { useApi, useSession } from "../../session";
import { useAdminAction } from "./use-admin-action";

const text = {
  sv: {
    loading: "Hämtar nätverket …", facts: "Nätverket", name: "Namn", place: "Standardplats för möten", language: "Språk", sv: "Svenska", en: "Engelska",
    timing: "Påminnelser och aktuellt läge", reminderDays: "Påminnelse om kallelsen, dagar före sista svarsdag",
    roundTableDays: "Fråga om aktuellt läge, dagar före mötet", roundTableReminderDays: "Påminnelse om aktuellt läge, dagar före mötet (0 = ingen)",
    notify: "Skicka publicerade anteckningar till varje medlem", questions: "Frågor vid rundan", questionsHint: "En fråga per rad. Tomma rader tas bort.",
    standard: (value: string) => `Standard: ${value}`, yes: "ja", no: "nej", save: "Spara", saving: "Sparar …", saved: "Ändringarna är sparade.",
    required: "Fyll i fältet.", days: "Ange ett helt antal dagar.",
    template: "Dagordningsmall för nya möten", templateFirst: (title: string) => `Punkt 1 är alltid "${title}".`,
    templateItems: "Punkterna efter punkt 1", templateHint: "En punkt per rad, i ordning. Tomma rader tas bort.",
  },
  en: {
    loading: "Loading the network …", facts: "The network", name: "Name", place: "Default meeting place", language: "Language", sv: "Swedish", en: "English",
    timing: "Reminders and round table", reminderDays: "Invitation reminder, days before the reply-by day",
    roundTableDays: "Round-table request, days before the meeting", roundTableReminderDays: "Round-table reminder, days before the meeting (0 = none)",
    notify: "Send published minutes to every member", questions: "Round-table questions", questionsHint: "One question per line. Empty lines are dropped.",
    standard: (value: string) => `Default: ${value}`, yes: "yes", no: "no", save: "Save", saving: "Saving …", saved: "The changes are saved.",
    required: "Fill in the field.", days: "Enter a whole number of days.",
    template: "Agenda template for new meetings", templateFirst: (title: string) => `Item 1 is always "${title}".`,
    templateItems: "The items after item 1", templateHint: "One item per line, in order. Empty lines are dropped.",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type DayField = "reminderDaysBefore" | "roundTableDaysBefore" | "roundTableReminderDaysBefore";
type Draft = { name: string; defaultPlace: string; language: Language; days: Record<DayField, string>; notify: boolean; questions: string; template: string };

const draftOf = (view: NetworkPayload, questions: string[]): Draft => ({
  name: view.network.name, defaultPlace: view.network.defaultPlace, language: view.network.language, notify: view.settings.notifyMembersOnPublish, questions: questions.join("\n"),
  template: view.agendaTemplate.slice(1).join("\n"),
  days: { reminderDaysBefore: String(view.settings.reminderDaysBefore), roundTableDaysBefore: String(view.settings.roundTableDaysBefore), roundTableReminderDaysBefore: String(view.settings.roundTableReminderDaysBefore) },
});

/** Nätverket: name, default place, language, reminder and round-table days, round-table questions, minutes to every member, agenda template. */
export function NetworkSettingsAdmin() {
  const t = useText(text);
  const network = useApi<NetworkPayload>("/network");
  const questions = useApi<{ questions: string[] }>("/round-table/questions");
  const [saved, setSaved] = useState(false);
  const error = network.error ?? questions.error;
  if (!network.data || !questions.data) return error ? <ErrorBar error={error} onRetry={() => { network.reload(); questions.reload(); }} /> : <Loading label={t.loading} />;
  // A new version of the network (saved here or reloaded after a conflict) starts the form afresh.
  return (
    <NetworkForm key={network.data.etag} view={network.data} questions={questions.data.questions} saved={saved}
      onChange={() => setSaved(false)} onSaved={(view) => { setSaved(true); network.setData(view); questions.reload(); }} onConflict={network.reload} />
  );
}

function NetworkForm(props: { view: NetworkPayload; questions: string[]; saved: boolean; onChange: () => void; onSaved: (view: NetworkPayload) => void; onConflict: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call } = useSession();
  const action = useAdminAction();
  const [draft, setDraft] = useState(() => draftOf(props.view, props.questions));
  const [tried, setTried] = useState(false);
  const set = (change: Partial<Draft>) => { props.onChange(); setDraft((d) => ({ ...d, ...change })); };
  const dayValue = (field: DayField) => (/^\d{1,2}$/.test(draft.days[field].trim()) ? Number(draft.days[field]) : undefined);
  const required = (value: string) => (tried && value.trim() === "" ? t.required : undefined);
  const dayProblem = (field: DayField) => (tried && dayValue(field) === undefined ? t.days : undefined);
  const complete = draft.name.trim() !== "" && draft.defaultPlace.trim() !== "" && (["reminderDaysBefore", "roundTableDaysBefore", "roundTableReminderDaysBefore"] as const).every((f) => dayValue(f) !== undefined);

  const save = () => action.run(async () => {
    const settings: Partial<NetworkSettings> = {
      reminderDaysBefore: dayValue("reminderDaysBefore"), roundTableDaysBefore: dayValue("roundTableDaysBefore"),
      roundTableReminderDaysBefore: dayValue("roundTableReminderDaysBefore"), notifyMembersOnPublish: draft.notify,
    };
    const agendaTemplate = draft.template.split("\n").map((line) => line.trim()).filter(Boolean);
    const body: NetworkRequest = { name: draft.name.trim(), defaultPlace: draft.defaultPlace.trim(), language: draft.language, settings, agendaTemplate };
    const view = await call<NetworkPayload>("/network", { method: "PUT", headers: { "If-Match": props.view.etag }, body: JSON.stringify(body) });
    const asked: RoundTableQuestionsRequest = { questions: draft.questions.split("\n") };
    await call("/round-table/questions", { method: "PUT", body: JSON.stringify(asked) });
    props.onSaved(view);
  }, props.onConflict);

  const day = (field: DayField, label: string) => (
    <Field label={label} hint={t.standard(String(props.view.defaults[field]))} validationMessage={dayProblem(field)}>
      <Input type="number" min={0} max={60} inputMode="numeric" value={draft.days[field]} name={field} onChange={(_, d) => set({ days: { ...draft.days, [field]: d.value } })} />
    </Field>
  );
  return (
    <form className={styles.root} data-admin-network noValidate onSubmit={(e) => { e.preventDefault(); setTried(true); if (complete) void save(); }}>
      <section className={`${surface.surface} ${styles.group}`} aria-labelledby="network-facts-heading">
        <Subtitle2 as="h2" id="network-facts-heading">{t.facts}</Subtitle2>
        <Field label={t.name} required validationMessage={required(draft.name)}>
          <Input value={draft.name} name="network-name" onChange={(_, d) => set({ name: d.value })} />
        </Field>
        <Field label={t.place} required validationMessage={required(draft.defaultPlace)}>
          <Input value={draft.defaultPlace} name="network-place" onChange={(_, d) => set({ defaultPlace: d.value })} />
        </Field>
        <Field label={t.language}>
          <Select className={styles.select} value={draft.language} name="network-language" onChange={(_, d) => set({ language: d.value as Language })}>
            <option value="sv">{t.sv}</option>
            <option value="en">{t.en}</option>
          </Select>
        </Field>
      </section>
      <section className={`${surface.surface} ${styles.group}`} aria-labelledby="network-timing-heading">
        <Subtitle2 as="h2" id="network-timing-heading">{t.timing}</Subtitle2>
        {day("reminderDaysBefore", t.reminderDays)}
        {day("roundTableDaysBefore", t.roundTableDays)}
        {day("roundTableReminderDaysBefore", t.roundTableReminderDays)}
        <Field hint={t.standard(props.view.defaults.notifyMembersOnPublish ? t.yes : t.no)}>
          <Switch checked={draft.notify} label={t.notify} name="network-notify" onChange={(_, d) => set({ notify: d.checked })} />
        </Field>
      </section>
      <section className={`${surface.surface} ${styles.group}`} aria-labelledby="network-questions-heading">
        <Subtitle2 as="h2" id="network-questions-heading">{t.questions}</Subtitle2>
        <Field label={t.questions} hint={t.questionsHint}>
          <Textarea value={draft.questions} name="network-questions" resize="vertical" rows={4} onChange={(_, d) => set({ questions: d.value })} />
        </Field>
      </section>
      <section className={`${surface.surface} ${styles.group}`} aria-labelledby="network-template-heading">
        <Subtitle2 as="h2" id="network-template-heading">{t.template}</Subtitle2>
        <p>{t.templateFirst(props.view.agendaTemplate[0] ?? "")}</p>
        <Field label={t.templateItems} hint={t.templateHint}>
          <Textarea value={draft.template} name="network-agenda-template" resize="vertical" rows={4} onChange={(_, d) => set({ template: d.value })} />
        </Field>
      </section>
      {action.error ? <ErrorBar error={action.error} /> : null}
      {props.saved ? <MessageBar intent="success" role="status"><MessageBarBody>{t.saved}</MessageBarBody></MessageBar> : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={action.busy}>{action.busy ? t.saving : t.save}</Button>
      </div>
    </form>
  );
}
