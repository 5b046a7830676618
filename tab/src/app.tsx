import { FluentProvider, makeStyles, Spinner, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { environmentOf } from "./environment";
import { detectHost, onThemeChange, type HostInfo, type HostTheme } from "./host/teams-host";
import { LanguageContext } from "./i18n";
import { SignIn } from "./sign-in";

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  page: {
    maxWidth: "1100px", margin: "0 auto", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
});

/** The tab: finds out whether it runs in Teams, follows Teams' language and theme, then signs the user in. */
export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo>();
  const [theme, setTheme] = useState<HostTheme>("default");
  useEffect(() => {
    void detectHost().then((info) => {
      setHost(info);
      setTheme(environmentOf(info, window.location.search).theme);
      if (info.inTeams) onThemeChange(setTheme);
    });
  }, []);
  const language = host ? environmentOf(host, window.location.search).language : "sv";
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={themes[theme]} className={styles.root} data-theme={theme}>
        <div className={styles.page}>
          {host ? <SignIn host={host} /> : <Spinner label={language === "sv" ? "Startar …" : "Starting …"} style={{ padding: 48 }} />}
        </div>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
