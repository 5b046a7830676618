import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { DocumentTextRegular, SearchRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { Language } from "../../../bot/src/domain/network";
import type { Credentials } from "../api-client";

// The minutes and search pages come with the minutes feature; until then these slots hold their place with
// the same props, so that wiring them in only swaps the import.

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalM}`, textAlign: "center", color: tokens.colorNeutralForeground2 },
  icon: { fontSize: "32px" },
});

function Placeholder(props: { icon: ReactNode; title: string; body: string; testId: string }) {
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid={props.testId}>
      <span className={styles.icon} aria-hidden="true">{props.icon}</span>
      <Subtitle2 as="h2" block>{props.title}</Subtitle2>
      <Body1>{props.body}</Body1>
    </section>
  );
}

/** Holds the place of the meeting's minutes ("Anteckningar"). */
export function MinutesSlot(props: { credentials: Credentials; language: Language; meetingId: string }) {
  const sv = props.language === "sv";
  return (
    <Placeholder
      testId="minutes-slot"
      icon={<DocumentTextRegular />}
      title={sv ? "Anteckningar" : "Minutes"}
      body={sv ? "Mötets anteckningar visas här." : "The meeting's minutes are shown here."}
    />
  );
}

/** Holds the place of search across meetings, minutes and round-table entries ("Sök"). */
export function SearchSlot(props: { credentials: Credentials; language: Language }) {
  const sv = props.language === "sv";
  return (
    <Placeholder
      testId="search-slot"
      icon={<SearchRegular />}
      title={sv ? "Sök" : "Search"}
      body={sv ? "Sök i möten, anteckningar och aktuellt läge här." : "Search meetings, minutes and round-table updates here."}
    />
  );
}
