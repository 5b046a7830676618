import type { TurnContext } from "botbuilder";
import { forbidden, invalid, isAppError, type AppError } from "../domain/errors";
import { may } from "../domain/roles";
import { statusOf } from "../api/http-errors";
import { languageOf } from "../shared/language";
import { ActivityTypes } from "../teams/activity-values";
import type { BotContext } from "../teams/bot-app";
import { findChoices, type PersonChoice } from "./roll-call-choices";
import { rollCallTargetOf } from "./roll-call-actions";
import { MAX_SEARCH_RESULTS, MAX_SEARCH_TEXT, meetingOfDataset, PEOPLE_DATASET } from "./people-dataset";
import { rollCallTexts } from "./texts";

/** What Teams sends with a search (teams-ai flattens `queryOptions`). */
interface SearchQuery {
  count: number;
  skip: number;
  parameters: { queryText: string; dataset: string };
}

const whole = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

// The people the chair may name match the typed words; only someone who may mark attendance in this chat's
// meeting gets them (the same rule as the mark press they serve).
async function search(turn: TurnContext, ctx: BotContext, query: SearchQuery): Promise<PersonChoice[]> {
  const { queryText, dataset } = query.parameters;
  const texts = (key: "searchTooLong" | "searchPaging") => [rollCallTexts.sv[key], rollCallTexts.en[key]] as const;
  if (typeof queryText !== "string" || queryText.length > MAX_SEARCH_TEXT) throw invalid("search_too_long", ...texts("searchTooLong"));
  if (!whole(query.skip) || query.skip < 0 || !whole(query.count) || query.count < 1) throw invalid("search_paging", ...texts("searchPaging"));
  // The chat's meeting, its directory and rows as this process read them a moment ago: a search per keystroke.
  const target = await rollCallTargetOf(turn, ctx, { meetingId: meetingOfDataset(String(dataset)) }, true);
  if (!target) throw forbidden("other_meeting", rollCallTexts.sv.otherMeeting, rollCallTexts.en.otherMeeting);
  if (!target.member || !may(target.member, "mark-attendance", target.meeting)) {
    throw forbidden("not_allowed", "Bara samordnaren eller mötets ordförande/sekreterare kan söka bland personerna.", "Only the coordinator or the meeting's chair/secretary can search the people.");
  }
  return findChoices(target.snapshot, queryText, query.skip, Math.min(query.count, MAX_SEARCH_RESULTS));
}

/** Answers a refused search with Microsoft's error response for invokes, in the searcher's language. */
async function refuse(turn: TurnContext, error: AppError): Promise<void> {
  const message = error.text[languageOf(turn.activity.locale)];
  await turn.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: statusOf(error.kind), type: "application/vnd.microsoft.error", value: { code: error.code, message } } },
  });
}

/**
 * Registers the roll-call card's person search (dynamic typeahead of the chair's form, `application/search`
 * invokes for the `rollcall.people/<meetingId>` dataset): the people the chair can mark whose name or
 * organisation holds the typed words, those expected first, at most MAX_SEARCH_RESULTS at a time.
 */
export function registerPersonSearch(ctx: BotContext): void {
  ctx.app.adaptiveCards.search(new RegExp(`^${PEOPLE_DATASET.replace(".", "\\.")}/`), async (turn, _state, query) => {
    try {
      return await search(turn, ctx, query);
    } catch (error) {
      if (!isAppError(error)) throw error;
      ctx.logger.info({ code: error.code, conversationId: turn.activity.conversation?.id }, "roll-call person search refused");
      await refuse(turn, error);
      return [];
    }
  });
}
