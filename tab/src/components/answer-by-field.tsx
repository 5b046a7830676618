import { Field, Input } from "@fluentui/react-components";
import { stockholmToUtc } from "../../../bot/src/domain/time";
import { useText } from "../i18n";

const texts = {
  sv: { label: "Svara senast (valfritt)", hint: "En påminnelse går automatiskt till dem som inte svarat några dagar före." },
  en: { label: "Answer by (optional)", hint: "A reminder goes automatically to those who have not answered some days before." },
};

/** The answer-by time of a datetime-local value, read as Stockholm time; undefined when empty. */
export function answerByUtcOf(value: string): string | undefined {
  const [date, time] = value.split("T");
  return date && time ? stockholmToUtc(date, time.slice(0, 5)) : undefined;
}

/** The optional "Svara senast" field of the create forms (Stockholm date and time). */
export function AnswerByField(props: { value: string; onChange: (value: string) => void }) {
  const t = useText(texts);
  return (
    <Field label={t.label} hint={t.hint}>
      <Input type="datetime-local" name="answerBy" value={props.value} onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
}
