import { Button, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { AnswerChoice } from "../../../bot/src/domain/answer";
import type { AnswerRequest, AnswerRow } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { useSurfaceStyles } from "../components/surface";
import { useLanguage, useText } from "../i18n";
import { answerLabel } from "../labels";
import { useSession } from "../session";

const text = {
  sv: { title: "Ditt svar", answer: "Kommer du?", substitute: "Ersättarens namn", comment: "Kommentar (valfri)", save: "Spara svar", saved: "Ditt svar är sparat.", missing: "Skriv namnet på din ersättare.", notSaved: "Svaret sparades inte" },
  en: { title: "Your answer", answer: "Are you coming?", substitute: "Name of your substitute", comment: "Comment (optional)", save: "Save answer", saved: "Your answer is saved.", missing: "Enter the name of your substitute.", notSaved: "The answer was not saved" },
};

const useStyles = makeStyles({
  radios: { flexWrap: "wrap" },
  button: { alignSelf: "flex-start" },
});

/** The caller's own answer to the invitation, saved with `PUT …/responses/me`. */
export function MyAnswerForm(props: { meetingId: string; current?: AnswerRow; onSaved: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call } = useSession();
  const [answer, setAnswer] = useState<AnswerChoice | undefined>(props.current?.answer ?? undefined);
  const [substituteName, setSubstituteName] = useState(props.current?.substituteName ?? "");
  const [comment, setComment] = useState(props.current?.comment ?? "");
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<Error>();
  const substituteMissing = answer === "substitute" && substituteName.trim() === "";

  const save = async () => {
    if (!answer || substituteMissing) return;
    setState("saving");
    setError(undefined);
    try {
      await call(`/meetings/${encodeURIComponent(props.meetingId)}/responses/me`, {
        method: "PUT",
        body: JSON.stringify({ answer, ...(answer === "substitute" ? { substituteName: substituteName.trim() } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) } satisfies AnswerRequest),
      });
      setState("saved");
      props.onSaved();
    } catch (e) {
      setError(e as Error);
      setState("idle");
    }
  };

  return (
    <section className={mergeClasses(surface.surface, surface.stack)} aria-labelledby="my-answer-title">
      <Subtitle2 as="h3" block id="my-answer-title">{t.title}</Subtitle2>
      <Field label={t.answer}>
        <RadioGroup className={styles.radios} layout="horizontal" value={answer ?? ""} onChange={(_, d) => { setAnswer(d.value as AnswerChoice); setState("idle"); }}>
          {(["attending", "declined", "substitute"] as const).map((a) => <Radio key={a} value={a} label={answerLabel(a, language)} />)}
        </RadioGroup>
      </Field>
      {answer === "substitute" ? (
        <Field label={t.substitute} required validationMessage={substituteMissing ? t.missing : undefined}>
          <Input value={substituteName} maxLength={200} onChange={(_, d) => setSubstituteName(d.value)} />
        </Field>
      ) : null}
      <Field label={t.comment}>
        <Textarea value={comment} maxLength={1000} resize="vertical" onChange={(_, d) => setComment(d.value)} />
      </Field>
      {error ? <ErrorBar error={error} title={t.notSaved} /> : null}
      {state === "saved" ? <MessageBar intent="success"><MessageBarBody>{t.saved}</MessageBarBody></MessageBar> : null}
      <Button className={styles.button} appearance="primary" disabled={!answer || substituteMissing || state === "saving"} onClick={() => void save()}>{t.save}</Button>
    </section>
  );
}
