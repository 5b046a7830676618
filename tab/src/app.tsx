import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Credentials } from "./api-client";
import { DevUserPicker } from "./dev-user-picker";
import { detectHost, getSsoToken, onThemeChange, type HostInfo } from "./host/teams-host";
import { MeetingList } from "./meeting-list";
import { PageRouter } from "./pages/page-router";

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** The tab: finds out whether it runs in Teams, then shows the meetings of the user's network. */
export function App() {
  const [host, setHost] = useState<HostInfo>();
  const [credentials, setCredentials] = useState<Credentials>();
  useEffect(() => {
    void detectHost().then((info) => {
      setHost(info);
      if (info.inTeams) {
        setCredentials({ kind: "sso", token: getSsoToken });
        onThemeChange((theme) => setHost((h) => (h ? { ...h, theme } : h)));
      }
    });
  }, []);
  const language = host?.locale.toLowerCase().startsWith("en") ? "en" : "sv";
  return (
    <FluentProvider theme={themes[host?.theme ?? "default"]} style={{ minHeight: "100vh", padding: 16 }}>
      {!host ? null : !host.inTeams && !credentials ? (
        <DevUserPicker language={language} onChoose={(aadObjectId) => setCredentials({ kind: "dev", aadObjectId })} />
      ) : credentials ? (
        <PageRouter credentials={credentials} language={language} home={<MeetingList credentials={credentials} language={language} />} />
      ) : null}
    </FluentProvider>
  );
}
