import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

type Node = Record<string, unknown>;

const useStyles = makeStyles({
  card: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, overflowWrap: "anywhere",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { margin: 0, whiteSpace: "pre-wrap" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  large: { fontSize: tokens.fontSizeBase500 },
  subtle: { color: tokens.colorNeutralForeground3 },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  action: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const str = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * An Adaptive Card as plain HTML, close to how Teams shows it: text blocks, fact sets and the buttons'
 * titles (shown, not pressable). Enough to read what invitees will get before it is sent.
 */
export function CardPreview(props: { card: Node; label: string }) {
  const styles = useStyles();
  const actions = (items: Node[], key: string) => (
    <ul className={styles.actions} key={key}>
      {items.map((a, i) => <li key={i} className={styles.action}>{str(a.title)}</li>)}
    </ul>
  );
  const element = (node: Node, key: string): ReactNode => {
    switch (node.type) {
      case "TextBlock": {
        const classes = [styles.text, node.weight === "Bolder" ? styles.bold : "", node.size === "Large" ? styles.large : "", node.isSubtle ? styles.subtle : ""].join(" ");
        return <p key={key} className={classes}>{str(node.text)}</p>;
      }
      case "FactSet":
        return (
          <dl key={key} className={styles.facts}>
            {list(node.facts).map((f, i) => [<dt key={`t${i}`} className={styles.term}>{str(f.title)}</dt>, <dd key={`v${i}`} style={{ margin: 0 }}>{str(f.value)}</dd>])}
          </dl>
        );
      case "ActionSet":
        return actions(list(node.actions), key);
      case "Input.Text":
        return <p key={key} className={`${styles.text} ${styles.subtle}`}>{`${str(node.label)}: …`}</p>;
      case "Container":
        return list(node.items).map((child, i) => element(child, `${key}.${i}`));
      default:
        return null;
    }
  };
  return (
    <section className={styles.card} aria-label={props.label} data-card-preview>
      {list(props.card.body).map((node, i) => element(node, String(i)))}
      {actions(list(props.card.actions), "actions")}
    </section>
  );
}
