import { Button, Input, makeStyles, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular, PersonSwapRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { AnswerChoice } from "../../../bot/src/domain/answer";
import type { AnswerRequest, AnswersPayload } from "../../../bot/src/api/contract";
import { AnswerBadge } from "../components/meeting-badges";
import { ErrorBar } from "../components/states";
import { useText } from "../i18n";
import { useApi, useSession } from "../session";

const text = {
  sv: {
    yours: "Ditt svar", attending: "Kommer", declined: "Kommer inte", substitute: "Ersättare", name: "Ersättarens namn", save: "Spara",
    saved: "Sparat", notSaved: "Svaret sparades inte", tentative: "Preliminärt (svar i Outlook)", sendsSubstitute: (name: string) => `Ersättare: ${name}`,
  },
  en: {
    yours: "Your answer", attending: "Attending", declined: "Not attending", substitute: "Substitute", name: "Name of your substitute", save: "Save",
    saved: "Saved", notSaved: "The answer was not saved", tentative: "Tentative (answered in Outlook)", sendsSubstitute: (name: string) => `Substitute: ${name}`,
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  substitute: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * The caller's own answer in the meeting header: Kommer / Kommer inte / Ersättare to press while answers
 * are open (a substitute needs a name), otherwise the answer given, if any. `version` changes when the
 * answer was changed elsewhere on the page.
 */
export function HeaderAnswer(props: { meetingId: string; canAnswer: boolean; version: number; onAnswered: () => void; initial?: AnswersPayload }) {
  const t = useText(text);
  const styles = useStyles();
  const { call, me } = useSession();
  const { data, reload } = useApi<AnswersPayload>(`/meetings/${encodeURIComponent(props.meetingId)}/responses`, props.initial);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const substituteButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.version > 0) reload();
  }, [props.version, reload]);
  const mine = data?.responses.find((r) => r.memberId === me.aadObjectId);
  const answer = mine?.answer ?? null;
  if (!data) return null;
  if (!props.canAnswer) return answer ? <div className={styles.root} data-my-answer><AnswerBadge answer={answer} tentative={mine?.tentative} prefix={t.yours} /></div> : null;

  const save = async (value: AnswerChoice, substituteName?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const comment = mine?.comment?.trim();
      await call(`/meetings/${encodeURIComponent(props.meetingId)}/responses/me`, {
        method: "PUT", body: JSON.stringify({ answer: value, ...(substituteName ? { substituteName } : {}), ...(comment ? { comment } : {}) } satisfies AnswerRequest),
      });
      // The name field is about to go: its keyboard user goes on from the Ersättare button.
      if (substituteName) substituteButton.current?.focus();
      setNaming(false);
      reload();
      props.onAnswered();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const choose = (value: AnswerChoice) => {
    if (value !== "substitute") return void save(value);
    setName(mine?.substituteName ?? "");
    setNaming(true);
  };
  const choices = [["attending", t.attending, <CheckmarkRegular key="a" />], ["declined", t.declined, <DismissRegular key="d" />], ["substitute", t.substitute, <PersonSwapRegular key="s" />]] as const;
  return (
    <div className={styles.root} role="group" aria-labelledby="header-answer-label" data-my-answer>
      <Text id="header-answer-label" className={styles.label}>{`${t.yours}:`}</Text>
      {choices.map(([value, label, icon]) => (
        <ToggleButton
          key={value} ref={value === "substitute" ? substituteButton : undefined} size="small" icon={icon}
          checked={answer === value || (value === "substitute" && naming)} disabledFocusable={busy}
          appearance={answer === value ? "primary" : "outline"}
          onClick={() => choose(value)}
        >{label}</ToggleButton>
      ))}
      {answer === "attending" && mine?.tentative ? <Text data-tentative>{t.tentative}</Text> : null}
      {answer === "substitute" && mine?.substituteName && !naming ? <Text>{t.sendsSubstitute(mine.substituteName)}</Text> : null}
      {naming ? (
        <form className={styles.substitute} onSubmit={(e) => { e.preventDefault(); if (name.trim() && !busy) void save("substitute", name.trim()); }}>
          <Input size="small" aria-label={t.name} placeholder={t.name} value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
          <Button size="small" appearance="primary" type="submit" disabled={name.trim() === ""} disabledFocusable={busy}>{t.save}</Button>
        </form>
      ) : null}
      {error ? <ErrorBar error={error} title={t.notSaved} /> : null}
    </div>
  );
}
