import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
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

type Color = "brand" | "informative" | "success" | "danger" | "warning";
type Appearance = "tint" | "filled" | "outline";

/**
 * Fluent's badge colours for the combinations the tab uses, on a plain span: the meeting list is the first
 * screen, and Fluent's Badge brings the styles of every appearance and colour with it.
 */
const useStyles = makeStyles({
  root: {
    display: "inline-flex", alignItems: "center", boxSizing: "border-box", minHeight: "20px", padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular, border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase200, whiteSpace: "normal",
  },
  "tint-brand": { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  "tint-danger": { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  "tint-informative": { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  "tint-success": { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  "tint-warning": { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  "filled-brand": { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  "filled-danger": { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  "filled-informative": { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
  "filled-success": { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  "filled-warning": { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  "outline-brand": { color: tokens.colorBrandForeground1, ...shorthands.borderColor("currentColor") },
  "outline-danger": { color: tokens.colorPaletteRedForeground3, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  "outline-informative": { color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  "outline-success": { color: tokens.colorPaletteGreenForeground3, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
  "outline-warning": { color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor("currentColor") },
});

function Pill(props: { appearance: Appearance; color: Color; children: ReactNode; data?: Record<string, string | boolean | undefined> }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.root, styles[`${props.appearance}-${props.color}`])} {...props.data}>{props.children}</span>;
}

/** A meeting's status as a badge: its phase, derived from the stored status and what has happened. */
export function StatusBadge(props: { meeting: PhaseFacts }) {
  const language = useLanguage();
  const phase = meetingPhase(props.meeting, new Date());
  return <Pill appearance="tint" color={statusColor[phase]} data={{ "data-phase": phase }}>{statusLabel(phase, language)}</Pill>;
}

/** An invitation answer as a badge; "Inte svarat" when there is none, "Kommer (preliminärt)" when tentative. */
export function AnswerBadge(props: { answer: AnswerChoice | null | undefined; prefix?: string; tentative?: boolean }) {
  const language = useLanguage();
  const label = answerLabelWithTentative(props.answer, props.tentative, language);
  const tentative = props.answer === "attending" && props.tentative;
  return (
    <Pill appearance={props.answer && !tentative ? "filled" : "outline"} color={props.answer ? answerColor[props.answer] : "informative"} data={{ "data-tentative": tentative || undefined }}>
      {props.prefix ? `${props.prefix}: ${label}` : label}
    </Pill>
  );
}
