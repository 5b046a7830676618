import { createMinutesParts } from "./minutes-parts";
import type { AuditLog } from "../audit/audit-log";
import type { Config } from "../config";
import type { Clock } from "../domain/clock";
import type { Logger } from "../logger";
import type { Directory } from "../register/directory";
import type { Meetings } from "../meetings/meetings";
import { MinutesService } from "./minutes-service";
import { MinutesReader } from "./minutes-reader";
import { Search } from "../search/search";
import { SearchIndex } from "../search/search-index";
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
export function createMinutesServices(deps: { stores: Stores; directory: Directory; meetings: Meetings; notifier: Notifier; config: Config; logger: Logger; clock: Clock; audit: AuditLog }): MinutesServices {
  const { directory, meetings, clock } = deps;
  const parts = createMinutesParts(deps.stores, directory, clock, deps.audit);
  const logger = deps.logger.child({ component: "minutes" });
  const events = new BotMinutesEvents({ ...deps, directory, logger, data: parts.data });
  const reader = new MinutesReader({ ...parts, meetings });
  return {
    meetings,
    minutes: new MinutesService({ ...parts, meetings, events, logger }),
    reader,
    search: new Search(meetings, reader, new SearchIndex(deps.stores.searchIndex, clock, deps.logger.child({ component: "search" }))),
    events,
  };
}
