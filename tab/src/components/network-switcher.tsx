import { Field, makeStyles, Select } from "@fluentui/react-components";
import type { Membership } from "../../../bot/src/api/contract";
import { useText } from "../i18n";

const text = {
  sv: { label: "Nätverk" },
  en: { label: "Network" },
};

const useStyles = makeStyles({
  // A long network name must not make a 320 px screen scroll sideways: the list is as wide as the screen at most.
  field: { minWidth: 0, maxWidth: "400px" },
  root: { width: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** Lets a person in several networks choose which one the tab shows; nothing when there is only one. */
export function NetworkSwitcher(props: { memberships: readonly Membership[]; current: string; onChoose: (networkId: string) => void }) {
  const t = useText(text);
  const styles = useStyles();
  if (props.memberships.length < 2) return null;
  return (
    <Field className={styles.field} label={t.label}>
      <Select className={styles.root} select={{ className: styles.select }} value={props.current} onChange={(_, d) => props.onChoose(d.value)}>
        {props.memberships.map((m) => (
          <option key={m.network.id} value={m.network.id}>{m.network.name}</option>
        ))}
      </Select>
    </Field>
  );
}
