import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

/** One bar: its label, its share of the longest bar (0–1) and the figure written beside it. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly share: number;
  readonly value: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  bars: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "minmax(90px, 160px) minmax(0, 1fr) auto", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, alignItems: "center" },
  label: { overflowWrap: "anywhere" },
  track: { height: "14px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, forcedColorAdjust: "none" },
});

/**
 * Horizontal bars drawn with CSS in the page's own flow (no canvas, no overlay, nothing outside the page's
 * box). The bars are hidden from screen readers: the caller writes the same figures as text or a table.
 */
export function BarList(props: { bars: readonly Bar[]; caption?: string; testId?: string }) {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      {props.caption ? <figcaption><Subtitle2>{props.caption}</Subtitle2></figcaption> : null}
      <ul className={styles.bars} aria-hidden="true" data-testid={props.testId}>
        {props.bars.map((b) => [
          <li key={`${b.key}-n`} style={{ display: "contents" }}><Caption1 className={styles.label}>{b.label}</Caption1></li>,
          <li key={`${b.key}-b`} style={{ display: "contents" }}><div className={styles.track}><div className={styles.bar} style={{ width: `${Math.round(Math.min(1, Math.max(0, b.share)) * 100)}%` }} /></div></li>,
          <li key={`${b.key}-v`} style={{ display: "contents" }}><Caption1>{b.value}</Caption1></li>,
        ])}
      </ul>
    </figure>
  );
}
