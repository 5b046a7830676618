import { Badge } from "@fluentui/react-components";
import { meetingPhase, type MeetingPhase, type PhaseFacts } from "../../../bot/src/domain/meeting-phase";
import type { AnswerChoice } from "../../../bot/src/domain/answer";
import { useLanguage } from "../i18n";
import { answerLabelWithTentative, statusLabel } from "../labels";

const statusColor: Record<MeetingPhase, "brand" | "informative" | "success" | "danger" | "warning"> = {
  draft: "informative",
  invited: "brand",
  "in-progress": "warning",
  "minutes-draft": "informative",
  published: "success",
  cancelled: "danger",
};

const answerColor = { attending: "success", declined: "danger", substitute: "warning" } as const;

/** A meeting's status as a badge: its phase, derived from the stored status and what has happened. */
export function StatusBadge(props: { meeting: PhaseFacts }) {
  const language = useLanguage();
  const phase = meetingPhase(props.meeting, new Date());
  return <Badge appearance="tint" color={statusColor[phase]} data-phase={phase}>{statusLabel(phase, language)}</Badge>;
}

/** An invitation answer as a badge; "Inte svarat" when there is none, "Kommer (preliminärt)" when tentative. */
export function AnswerBadge(props: { answer: AnswerChoice | null | undefined; prefix?: string; tentative?: boolean }) {
  const language = useLanguage();
  const label = answerLabelWithTentative(props.answer, props.tentative, language);
  const tentative = props.answer === "attending" && props.tentative;
  return (
    <Badge appearance={props.answer && !tentative ? "filled" : "outline"} color={props.answer ? answerColor[props.answer] : "informative"} data-tentative={tentative || undefined}>
      {props.prefix ? `${props.prefix}: ${label}` : label}
    </Badge>
  );
}
