import { isAppError } from "../domain/errors";
import type { Language } from "../domain/network";
import { maySeeResults, type Poll, type PollAnswerInput } from "../domain/poll";
import { tallyPoll } from "../domain/poll-results";
import type { Directory } from "../register/directory";
import { noticeCard, type Card } from "../shared/card-parts";
import { pollCard, resultsCard } from "./poll-cards";
import type { PollServices } from "./poll-services";
import { pollTexts } from "./texts";

/** A press on a poll card, from an `Action.Execute` invoke or an `Action.Submit` message. */
export interface PollPress {
  data: Record<string, unknown>;
  from?: string;
  activityId?: string;
  language: Language;
  now: Date;
}

/** The answer the card's inputs hold: `choices` (comma-separated for several), `place1…placeN`, or `text`. */
export function answerFromCard(poll: Poll, data: Record<string, unknown>): PollAnswerInput {
  if (poll.kind === "text") return { text: typeof data.text === "string" ? data.text : "" };
  if (poll.kind === "ranking") return { choices: poll.options.map((_o, i) => data[`place${i + 1}`]).map((v) => (typeof v === "string" ? v : "")) };
  const raw = typeof data.choices === "string" ? data.choices : "";
  return { choices: raw.split(",").map((c) => c.trim()).filter(Boolean) };
}

/** Handles the poll cards' buttons on the server's terms; returns the card to show in place of the pressed one. */
export class PollActions {
  constructor(private readonly services: PollServices, private readonly directory: Directory) {}

  /** `poll.answer`: saves the presser's answer (a member of the poll's network) and shows it. */
  async answer(press: PollPress): Promise<Card> {
    const t = pollTexts[press.language];
    return this.guard(press.language, async () => {
      const { poll, member } = await this.services.service.getFor(press.from ?? "", String(press.data.pollId ?? ""));
      try {
        const outcome = await this.services.service.answer(member, poll.value, answerFromCard(poll.value, press.data), { activityId: press.activityId, now: press.now });
        if (outcome.anonymous) return pollCard(poll.value, press.language, { answeredAnonymously: true, notice: t.thanksAnonymous });
        return pollCard(poll.value, press.language, { answer: outcome.answer, notice: t.thanks });
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.code === "already_answered") return pollCard(poll.value, press.language, { answeredAnonymously: true });
        const mine = await this.services.polls.answerOf(poll.value, member.aadObjectId);
        return pollCard(poll.value, press.language, { answer: mine?.value, error: error.text[press.language] });
      }
    });
  }

  /** `poll.results`: the current results card, for whoever may see them. */
  async results(press: PollPress): Promise<Card> {
    return this.guard(press.language, async () => {
      const { poll, member } = await this.services.service.getFor(press.from ?? "", String(press.data.pollId ?? ""));
      if (!maySeeResults(member, poll.value)) return noticeCard(pollTexts[press.language].notShared);
      const [{ answers }, members] = await Promise.all([this.services.polls.rows(poll.value.id), this.directory.members(poll.value.networkId)]);
      const asked = poll.value.audience === "members" ? members.filter((m) => m.active && m.role !== "guest").length : undefined;
      return resultsCard(poll.value, tallyPoll(poll.value, answers), press.language, asked);
    });
  }

  private async guard(language: Language, run: () => Promise<Card>): Promise<Card> {
    try {
      return await run();
    } catch (error) {
      if (isAppError(error)) return noticeCard(error.text[language]);
      throw error;
    }
  }
}
