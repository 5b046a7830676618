import { app, pages } from "@microsoft/teams-js";

const text = {
  sv: {
    title: "Nätverksmöte",
    body: "Fliken visar nätverksmötet som hör till det här Teams-mötet: dagordning, svar, närvaro och aktuellt läge. Klicka på Spara.",
  },
  en: {
    title: "Network meeting",
    body: "The tab shows the network meeting that belongs to this Teams meeting: agenda, responses, attendance and round table. Select Save.",
  },
} as const;

/** The content URL the configured meeting tab opens: the network meeting of the Teams meeting it sits in. */
export function meetingTabUrl(origin: string): string {
  return `${origin}/tab/#/meeting-context`;
}

/**
 * Runs the configuration page of the meeting tab: there is nothing to choose, so it says what the tab
 * shows, stores the content URL on save and lets the user save at once.
 */
export async function startConfigPage(root: HTMLElement): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  const t = context.app.locale.toLowerCase().startsWith("en") ? text.en : text.sv;
  document.documentElement.lang = t === text.en ? "en" : "sv";
  root.querySelector("h1")!.textContent = t.title;
  root.querySelector("p")!.textContent = t.body;
  if (context.app.theme === "dark" || context.app.theme === "contrast") document.body.dataset.theme = context.app.theme;
  pages.config.registerOnSaveHandler((saveEvent) => {
    const url = meetingTabUrl(window.location.origin);
    pages.config
      .setConfig({ entityId: "network-meeting", contentUrl: url, websiteUrl: url, suggestedDisplayName: t.title })
      .then(() => saveEvent.notifySuccess())
      .catch((error: Error) => saveEvent.notifyFailure(error.message));
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}
