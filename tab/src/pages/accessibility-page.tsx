import { Body1, Link, makeStyles, Subtitle1, Title2, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";

const text = {
  sv: {
    title: "Tillgänglighetsredogörelse",
    intro: [
      "Nätverksmöten drivs av den organisation som är huvudman för nätverket. Vi vill att så många som möjligt ska kunna använda appen. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister den har och hur du kan rapportera problem till oss.",
    ],
    sections: [
      {
        heading: "Hur tillgänglig är appen?",
        body: ["Appen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Målet är WCAG 2.1 nivå AA. Kända brister står nedan."],
      },
      {
        heading: "Kända brister",
        list: [
          "Anteckningarna som PDF är inte taggade för skärmläsare. Använd Word- eller Markdown-filen, som har rubriker och listor.",
          "I den smala sidopanelen i ett Teams-möte rullar mötets flikar i sidled i stället för att radbrytas.",
          "Kallelser, närvaro och rundan i chatten visas som kort som Teams ritar upp. Hur de fungerar med tangentbord och skärmläsare avgörs av Teams.",
          "Vi har inte gått igenom varje arbetsflöde med bara tangentbord ännu.",
        ],
      },
      {
        heading: "Vad kan du göra om du inte kan använda delar av appen?",
        body: ["Kontakta nätverkets samordnare. Du kan få kallelser, dagordningar och anteckningar på annat sätt, till exempel som Word-fil eller i ett vanligt e-brev."],
      },
      {
        heading: "Rapportera brister",
        body: ["Om du stöter på problem som inte står här, eller om du tycker att vi inte följer lagen, kontakta nätverkets samordnare. Berätta vad du försökte göra och vad som hände."],
      },
      {
        heading: "Tillsyn",
        body: ["Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg."],
        link: { href: "https://www.digg.se/tdosanmalan", label: "Anmäl till Digg" },
      },
      {
        heading: "Hur vi har testat appen",
        body: ["Vi har själva granskat appen med det automatiska verktyget axe på varje sida i ljust, mörkt och högkontrastläge, och provat att sidorna går att använda i 320 pixlars bredd. Redogörelsen uppdaterades senast i november 2026."],
      },
    ],
  },
  en: {
    title: "Accessibility statement",
    intro: [
      "Network meetings is run by the organisation that hosts the network. We want as many people as possible to be able to use the app. This statement describes how it meets the Swedish act on accessibility of digital public services (2018:1937), its known shortcomings, and how to report problems.",
    ],
    sections: [
      {
        heading: "How accessible is the app?",
        body: ["The app is partially compliant with the act. The target is WCAG 2.1 level AA. Known shortcomings are listed below."],
      },
      {
        heading: "Known shortcomings",
        list: [
          "The minutes as PDF are not tagged for screen readers. Use the Word or Markdown file, which have headings and lists.",
          "In the narrow side panel of a Teams meeting the meeting's tabs scroll sideways instead of wrapping.",
          "Invitations, roll call and the round table in the chat are cards drawn by Teams. How they work with a keyboard and screen readers is up to Teams.",
          "Not every journey has been walked through with the keyboard only yet.",
        ],
      },
      {
        heading: "What can you do if you cannot use parts of the app?",
        body: ["Contact the network's coordinator. You can get invitations, agendas and minutes in another way, for example as a Word file or a plain e-mail."],
      },
      {
        heading: "Report shortcomings",
        body: ["If you meet a problem not listed here, or think that we do not meet the requirements, contact the network's coordinator. Tell us what you tried to do and what happened."],
      },
      {
        heading: "Supervision",
        body: ["The Agency for Digital Government (Digg) supervises the act. If you are not satisfied with how we handle your comments, you can report it to Digg."],
        link: { href: "https://www.digg.se/tdosanmalan", label: "Report to Digg (in Swedish)" },
      },
      {
        heading: "How we tested the app",
        body: ["We have checked the app ourselves with the automated tool axe on every page in the light, dark and high contrast themes, and tried the pages at 320 pixels wide. This statement was last updated in November 2026."],
      },
    ],
  },
};

const useStyles = makeStyles({
  // "Tillgänglighetsredogörelse" is one long word: at 320 px it must break rather than scroll sideways.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "70ch", overflowWrap: "anywhere", hyphens: "auto" },
  title: { "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 } },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The tab's accessibility statement (tillgänglighetsredogörelse), as Swedish public bodies publish one. */
export function AccessibilityPage() {
  const t = useText(text);
  const styles = useStyles();
  return (
    <main className={styles.root} aria-labelledby="accessibility-title" data-testid="accessibility-page">
      <Title2 as="h1" block id="accessibility-title" className={styles.title}>{t.title}</Title2>
      {t.intro.map((p) => <Body1 as="p" block key={p}>{p}</Body1>)}
      {t.sections.map((section, i) => (
        <section key={section.heading} className={styles.section} aria-labelledby={`a11y-section-${i}`}>
          <Subtitle1 as="h2" block id={`a11y-section-${i}`}>{section.heading}</Subtitle1>
          {section.body?.map((p) => <Body1 as="p" block key={p}>{p}</Body1>)}
          {section.list ? <ul className={styles.list}>{section.list.map((item) => <li key={item}><Body1>{item}</Body1></li>)}</ul> : null}
          {section.link ? <Body1><Link href={section.link.href} target="_blank" rel="noopener noreferrer">{section.link.label}</Link></Body1> : null}
        </section>
      ))}
    </main>
  );
}
