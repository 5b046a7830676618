import { FluentProvider, makeStyles, teamsLightTheme, tokens, type Theme } from "@fluentui/react-components";
import { Loading } from "./components/states";
import { useEffect, useState } from "react";
import { environmentOf } from "./environment";
import { detectHost, onThemeChange, type HostInfo, type HostTheme } from "./host/teams-host";
import { LanguageContext } from "./i18n";
import { SignIn } from "./sign-in";

/** The theme's tokens: the light one is built in; dark and high contrast are fetched the first time they are needed. */
async function tokensOf(theme: HostTheme): Promise<Theme> {
  if (theme === "default") return teamsLightTheme;
  const { otherThemes } = await import("./host/other-themes.js");
  return otherThemes[theme];
}

const useStyles = makeStyles({
  /**
   * The canvas colour only: FluentProvider gives its class names to every portal's mount node (menus, dialogs,
   * callouts), so a height here would make each mount node a page-sized sheet over the page.
   */
  root: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  page: {
    boxSizing: "border-box", minHeight: "100vh",
    maxWidth: "1100px", margin: "0 auto", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
});

/** The tab: finds out whether it runs in Teams, follows Teams' language and theme, then signs the user in. */
export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo>();
  const [theme, setTheme] = useState<{ name: HostTheme; tokens: Theme }>({ name: "default", tokens: teamsLightTheme });
  useEffect(() => {
    // The page shows nothing in a theme it does not have yet: the host and its theme's tokens come together.
    const follow = (name: HostTheme) => tokensOf(name).then((tokens) => setTheme({ name, tokens }), () => setTheme({ name: "default", tokens: teamsLightTheme }));
    void detectHost().then(async (info) => {
      await follow(environmentOf(info, window.location.search).theme);
      setHost(info);
      if (info.inTeams) onThemeChange((name) => void follow(name));
    });
  }, []);
  const language = host ? environmentOf(host, window.location.search).language : "sv";
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={theme.tokens} className={styles.root} data-theme={theme.name}>
        <div className={styles.page}>
          {host ? <SignIn host={host} /> : <Loading label={language === "sv" ? "Startar …" : "Starting …"} />}
        </div>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
