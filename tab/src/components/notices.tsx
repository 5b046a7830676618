import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";

const useStyles = makeStyles({
  root: { maxWidth: "60ch", margin: `${tokens.spacingVerticalXXL} auto`, textAlign: "center", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const text = {
  sv: {
    teamsTitle: "Öppna appen i Teams",
    teamsBody: "Nätverksmöten fungerar inuti Microsoft Teams. Öppna appen där, så loggas du in automatiskt.",
    memberTitle: "Du är inte med i nätverket",
    memberBody: "Du är inte registrerad som medlem i nätverket. Kontakta nätverkets samordnare om du ska ha tillgång.",
  },
  en: {
    teamsTitle: "Open the app in Teams",
    teamsBody: "Network meetings works inside Microsoft Teams. Open the app there and you are signed in automatically.",
    memberTitle: "You are not in the network",
    memberBody: "You are not registered as a member of the network. Contact the network's coordinator if you should have access.",
  },
};

function Notice(props: { title: string; body: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" block>{props.title}</Title2>
      <Body1>{props.body}</Body1>
    </main>
  );
}

/** Shown outside Teams when the server runs with a bot id: there is no dev mode then. */
export function OpenInTeams() {
  const t = useText(text);
  return <Notice title={t.teamsTitle} body={t.teamsBody} />;
}

/** The polite refusal for someone who is signed in but not a member. */
export function NotAMember() {
  const t = useText(text);
  return <Notice title={t.memberTitle} body={t.memberBody} />;
}
