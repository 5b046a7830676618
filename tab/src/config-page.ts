import { offerTabConfiguration } from "./host/tab-config";

// The configurable tab (channel, group chat, meeting) shows the same app as the personal tab; it finds
// the meeting from the Teams context.
void offerTabConfiguration({ entityId: "natverksmoten", contentUrl: new URL("/tab/", location.href).href, suggestedDisplayName: "Nätverksmöten" }).then((inTeams) => {
  document.getElementById("status")!.textContent = inTeams
    ? "Välj Spara för att lägga till fliken."
    : "Den här sidan används när fliken läggs till i Teams. Öppna appen i Teams.";
});
