import { makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";
import { navigate } from "../router";
import { DialoguesSection } from "./year/dialogues-section";
import { FocusSection } from "./year/focus-section";
import { StatisticsSection } from "./year/statistics-section";

/** The sub-pages of "Nätverkets år", in menu order. */
export const yearSections = ["focus", "dialogues", "statistics"] as const;
type YearSection = (typeof yearSections)[number];

const texts = {
  sv: { title: "Nätverkets år", sections: "Delar", focus: "Kommun i fokus", dialogues: "Gruppdialoger", statistics: "Statistik" },
  en: { title: "The network's year", sections: "Parts", focus: "Municipality in focus", dialogues: "Group dialogues", statistics: "Statistics" },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  /** The three parts wrap onto a second row at 320 px instead of widening the page. */
  menu: { flexWrap: "wrap" },
});

/** "Nätverkets år": Kommun i fokus, group dialogues and statistics over time, each a section of its own. */
export function NetworkYearPage(props: { section?: string }) {
  const t = useText(texts);
  const styles = useStyles();
  const section: YearSection = (yearSections as readonly string[]).includes(props.section ?? "") ? (props.section as YearSection) : "focus";
  return (
    <main className={styles.root} aria-labelledby="year-title" data-testid="network-year-page">
      <Title2 as="h1" block id="year-title">{t.title}</Title2>
      <nav aria-label={t.sections}>
        <TabList size="small" className={styles.menu} selectedValue={section} onTabSelect={(_e, d) => navigate({ page: "year", section: String(d.value) })}>
          {yearSections.map((s) => <Tab key={s} value={s}>{t[s]}</Tab>)}
        </TabList>
      </nav>
      {section === "focus" ? <FocusSection /> : section === "dialogues" ? <DialoguesSection /> : <StatisticsSection />}
    </main>
  );
}
