import { makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { may } from "../../../../bot/src/domain/roles";
import { useLanguage, useText } from "../../i18n";
import { navigate } from "../../router";
import { useSession } from "../../session";
import { adminSections } from "./admin-sections";

const text = {
  sv: { title: "Administration", sections: "Delar av administrationen", onlyCoordinator: "Administrationen är till för nätverkets samordnare." },
  en: { title: "Administration", sections: "Parts of the administration", onlyCoordinator: "The administration is for the network's coordinators." },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { flexWrap: "wrap" },
});

/** The coordinator's administration: a tab per sub-page (adminSections), the chosen one below. */
export function AdminPage(props: { section?: string }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { membership } = useSession();
  if (!membership || !may(membership.member, "manage-network")) return <main><p role="alert">{t.onlyCoordinator}</p></main>;
  const current = adminSections.find((s) => s.id === props.section) ?? adminSections[0]!;
  return (
    <main className={styles.root} data-admin-page={current.id}>
      <Title2 as="h1">{t.title}</Title2>
      <TabList className={styles.tabs} aria-label={t.sections} selectedValue={current.id} onTabSelect={(_, d) => navigate({ page: "admin", section: String(d.value) })}>
        {adminSections.map((s) => <Tab key={s.id} value={s.id}>{s.label[language]}</Tab>)}
      </TabList>
      {current.render()}
    </main>
  );
}
