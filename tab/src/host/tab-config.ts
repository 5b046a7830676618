import { pages } from "@microsoft/teams-js";
import { detectHost } from "./teams-host";

/** What Teams stores for a configurable tab instance. */
export interface TabInstance {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
}

/**
 * On the configurable tab's configuration page: lets Teams save the tab as soon as the user presses Save
 * (there is nothing to choose). Resolves false outside Teams.
 */
export async function offerTabConfiguration(tab: TabInstance): Promise<boolean> {
  const host = await detectHost();
  if (!host.inTeams) return false;
  pages.config.registerOnSaveHandler((event) => {
    pages.config
      .setConfig({ ...tab, websiteUrl: tab.contentUrl })
      .then(() => event.notifySuccess(), (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)));
  });
  pages.config.setValidityState(true);
  return true;
}
