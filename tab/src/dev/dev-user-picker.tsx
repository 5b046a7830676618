import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Persona, Spinner, Title2, tokens } from "@fluentui/react-components";
import type { DevUser } from "../../../bot/src/api/contract";
import { useLanguage, useText } from "../i18n";
import { roleLabel } from "./role-label";

const text = {
  sv: {
    banner: "Utvecklingsläge",
    bannerBody: "Appen körs utanför Teams mot en server utan bot-id. Välj vilken demoanvändare du vill vara.",
    title: "Vem är du?",
    loading: "Hämtar demoanvändare …",
  },
  en: {
    banner: "Dev mode",
    bannerBody: "The app runs outside Teams against a server without a bot id. Choose which demo user to be.",
    title: "Who are you?",
    loading: "Loading demo users …",
  },
};

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalXS, gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))" },
  user: { width: "100%", justifyContent: "flex-start", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, textAlign: "start" },
  title: { display: "block", margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalM}` },
});

/** Dev mode (outside Teams, server without bot app id): choose which demo user to be. */
export function DevUserPicker(props: { users: DevUser[] | undefined; onChoose: (user: DevUser) => void }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  return (
    <main aria-labelledby="dev-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.banner}</MessageBarTitle>
          {t.bannerBody}
        </MessageBarBody>
      </MessageBar>
      <Title2 as="h1" block id="dev-title" className={styles.title}>{t.title}</Title2>
      {!props.users ? <Spinner label={t.loading} /> : (
        <ul className={styles.list}>
          {props.users.map((u) => (
            <li key={u.aadObjectId}>
              <Button appearance="subtle" className={styles.user} onClick={() => props.onChoose(u)}>
                <Persona name={u.displayName} secondaryText={`${u.organisation ?? ""} · ${roleLabel(u.role, language)}`} avatar={{ color: "colorful" }} />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
