import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { PersonSwapRegular } from "@fluentui/react-icons";
import type { Me, Membership } from "../../../bot/src/api/contract";
import { useLanguage, useText } from "../i18n";
import { roleLabel } from "./role-label";

const text = {
  sv: { title: "Utvecklingsläge", youAre: "Du är", notMember: "inte medlem", switchUser: "Byt användare" },
  en: { title: "Dev mode", youAre: "You are", notMember: "not a member", switchUser: "Switch user" },
};

/** The clearly marked dev-mode strip: who you are and a way to become someone else. */
export function DevBanner(props: { me: Me; membership?: Membership; onSwitchUser: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const { membership } = props;
  const who = membership
    ? `${membership.member.displayName} (${[membership.organisation?.name, ...membership.roles.map((r) => roleLabel(r, language))].filter(Boolean).join(", ")})`
    : `${props.me.aadObjectId} (${t.notMember})`;
  return (
    <MessageBar intent="warning" role="region" aria-label={t.title}>
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        {`${t.youAre} ${who}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<PersonSwapRegular />} onClick={props.onSwitchUser}>{t.switchUser}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
