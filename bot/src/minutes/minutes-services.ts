import type { Config } from "../config";
import type { Logger } from "../logger";
import { Directory } from "../register/directory";
import { Meetings } from "../meetings/meetings";
import { MinutesService } from "./minutes-service";
import { MinutesReader } from "./minutes-reader";
import { Search } from "../search/search";
import type { Stores } from "../storage/repository";
import { BotMinutesEvents } from "./minutes-notifications";
import type { Notifier } from "../teams/notifier";

/** The minutes feature's parts, as the API and the bot both use them. */
export interface MinutesServices {
  meetings: Meetings;
  minutes: MinutesService;
  reader: MinutesReader;
  search: Search;
  events: BotMinutesEvents;
}

/** Builds the minutes services over the stores, telling people through the bot's notifier. */
export function createMinutesServices(deps: { stores: Stores; notifier: Notifier; config: Config; logger: Logger }): MinutesServices {
  const directory = new Directory(deps.stores);
  const meetings = new Meetings(deps.stores, directory);
  const logger = deps.logger.child({ component: "minutes" });
  const events = new BotMinutesEvents({ ...deps, directory, logger });
  const reader = new MinutesReader({ stores: deps.stores, directory, meetings });
  return {
    meetings,
    minutes: new MinutesService({ stores: deps.stores, directory, meetings, events, logger }),
    reader,
    search: new Search(meetings, reader),
    events,
  };
}
