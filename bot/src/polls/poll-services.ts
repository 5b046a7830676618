import type { Logger } from "../logger";
import type { Meetings } from "../meetings/meetings";
import type { MinutesService } from "../minutes/minutes-service";
import type { Outbox } from "../outbox/outbox";
import type { Directory } from "../register/directory";
import type { Stores } from "../storage/repository";
import type { Notifier } from "../teams/notifier";
import { minutesNotesAppender } from "./minutes-notes";
import { PollAnswers } from "./poll-answers";
import { PollDelivery } from "./poll-delivery";
import { PollService } from "./poll-service";
import { PollStore } from "./poll-store";

/** The polls feature's services, built once by the composition root. */
export interface PollServices {
  polls: PollStore;
  service: PollService;
}

/** Builds the poll services. */
export function createPollServices(deps: { stores: Stores; directory: Directory; meetings: Meetings; outbox: Outbox; notifier: Notifier; minutes: MinutesService; logger: Logger }): PollServices {
  const logger = deps.logger.child({ component: "polls" });
  const polls = new PollStore(deps.stores);
  const answers = new PollAnswers(deps.stores, polls);
  const delivery = new PollDelivery({ stores: deps.stores, polls, outbox: deps.outbox, notifier: deps.notifier, logger });
  const service = new PollService({
    stores: deps.stores, directory: deps.directory, meetings: deps.meetings, polls, answers, delivery,
    appendNotes: minutesNotesAppender(deps.stores, deps.minutes), logger,
  });
  return { polls, service };
}
