import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";

const useStyles = makeStyles({
  root: { maxWidth: "60ch", margin: `${tokens.spacingVerticalXXL} auto`, textAlign: "center", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const text = {
  sv: {
    teamsTitle: "Öppna appen i Teams",
    teamsBody: "Nätverksmöten fungerar inuti Microsoft Teams. Öppna appen där, så loggas du in automatiskt.",
  },
  en: {
    teamsTitle: "Open the app in Teams",
    teamsBody: "Network meetings works inside Microsoft Teams. Open the app there and you are signed in automatically.",
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
