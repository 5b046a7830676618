import { Field, Select } from "@fluentui/react-components";
import type { Membership } from "../../../bot/src/api/contract";
import { useText } from "../i18n";

const text = {
  sv: { label: "Nätverk" },
  en: { label: "Network" },
};

/** Lets a person in several networks choose which one the tab shows; nothing when there is only one. */
export function NetworkSwitcher(props: { memberships: readonly Membership[]; current: string; onChoose: (networkId: string) => void }) {
  const t = useText(text);
  if (props.memberships.length < 2) return null;
  return (
    <Field label={t.label} orientation="horizontal">
      <Select value={props.current} onChange={(_, d) => props.onChoose(d.value)}>
        {props.memberships.map((m) => (
          <option key={m.network.id} value={m.network.id}>{m.network.name}</option>
        ))}
      </Select>
    </Field>
  );
}
