import { Badge } from "@fluentui/react-components";
import type { Reach } from "../../../../bot/src/api/contract";
import { useText } from "../../i18n";

const text = {
  sv: { installed: "Har appen", missing: "Saknar appen – kan inte nås", failed: (when: string) => `Senaste utskicket nådde inte fram (${when})` },
  en: { installed: "Has the app", missing: "No app – cannot be reached", failed: (when: string) => `The last message did not get through (${when})` },
};

/** Whether the bot can write to a member: app installed, not installed, or the last send refused. */
export function ReachBadge(props: { reach: Reach; when: (iso: string) => string }) {
  const t = useText(text);
  const { reach } = props;
  if (!reach.appInstalled) return <Badge appearance="tint" color="danger" data-reach="missing">{t.missing}</Badge>;
  if (reach.lastDeliveryFailedAt) return <Badge appearance="tint" color="warning" data-reach="failed">{t.failed(props.when(reach.lastDeliveryFailedAt))}</Badge>;
  return <Badge appearance="tint" color="success" data-reach="installed">{t.installed}</Badge>;
}
