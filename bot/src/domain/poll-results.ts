import type { Language } from "./network";
import type { Poll, PollAnswer } from "./poll";

/** One option's result: how many chose it, or for a ranking its points (first place = n − 1 … last = 0). */
export interface OptionResult {
  optionId: string;
  text: string;
  count: number;
  /** Ranking polls only: the sum of points, and the average place (1 = first). */
  points?: number;
  averagePlace?: number;
}

/** The results of a poll: totals per option, per organisation (named polls), the free-text answers. */
export interface PollResults {
  answered: number;
  options: OptionResult[];
  /** Named polls only: per organisation, how many answered and their choices per option. */
  byOrganisation: { organisationId: string; answered: number; counts: Record<string, number> }[];
  /** Free-text answers, oldest first (without names). */
  texts: string[];
}

/** Counts the answers. Ranking options are ordered by points, others keep the poll's order. */
export function tallyPoll(poll: Poll, answers: readonly PollAnswer[]): PollResults {
  const n = poll.options.length;
  const options: OptionResult[] = poll.options.map((o) => ({ optionId: o.id, text: o.text, count: 0, ...(poll.kind === "ranking" ? { points: 0, averagePlace: 0 } : {}) }));
  const byId = new Map(options.map((o) => [o.optionId, o]));
  const organisations = new Map<string, { organisationId: string; answered: number; counts: Record<string, number> }>();
  const sorted = [...answers].sort((a, b) => (a.answeredAt ?? "").localeCompare(b.answeredAt ?? ""));
  for (const answer of sorted) {
    answer.choices.forEach((choice, place) => {
      const option = byId.get(choice);
      if (!option) return;
      option.count += 1;
      if (poll.kind === "ranking") {
        option.points! += n - 1 - place;
        option.averagePlace! += place + 1;
      }
    });
    if (answer.organisationId) {
      const org = organisations.get(answer.organisationId) ?? { organisationId: answer.organisationId, answered: 0, counts: {} };
      org.answered += 1;
      for (const choice of answer.choices) org.counts[choice] = (org.counts[choice] ?? 0) + 1;
      organisations.set(answer.organisationId, org);
    }
  }
  if (poll.kind === "ranking") {
    for (const o of options) o.averagePlace = o.count ? Math.round((o.averagePlace! / o.count) * 10) / 10 : 0;
    options.sort((a, b) => b.points! - a.points!);
  }
  const texts = sorted.flatMap((a) => (a.text ? [a.text] : []));
  return { answered: answers.length, options, byOrganisation: [...organisations.values()], texts };
}

const minutesTexts = {
  sv: {
    lead: (question: string, answered: number, asked?: number) => `På frågan "${question}" svarade ${asked ? `${answered} av ${asked}` : answered}:`,
    ranking: "(rangordning, poäng: förstaplats ger flest)",
    points: (p: number) => `${p} poäng`,
    none: "Inga svar.",
  },
  en: {
    lead: (question: string, answered: number, asked?: number) => `Asked "${question}", ${asked ? `${answered} of ${asked}` : answered} answered:`,
    ranking: "(ranking, points: first place gives most)",
    points: (p: number) => `${p} points`,
    none: "No answers.",
  },
} as const;

/**
 * The results as the minutes write them: "På frågan "…" svarade 12 av 20:" followed by one bullet per
 * option with its count (points for a ranking), or one bullet per free-text answer.
 * @example pollMinutesText(poll, results, "sv", 20) // 'På frågan "Vilken veckodag?" svarade 12 av 20:\n• Tisdag: 7\n• Torsdag: 5'
 */
export function pollMinutesText(poll: Poll, results: PollResults, language: Language, asked?: number): string {
  const t = minutesTexts[language];
  const lead = t.lead(poll.question, results.answered, asked) + (poll.kind === "ranking" ? ` ${t.ranking}` : "");
  if (results.answered === 0) return `${lead}\n${t.none}`;
  const bullets = poll.kind === "text"
    ? results.texts.map((x) => x.replace(/\s*\n\s*/g, " "))
    : results.options.map((o) => `${o.text}: ${poll.kind === "ranking" ? t.points(o.points ?? 0) : o.count}`);
  return [lead, ...bullets.map((b) => `• ${b}`)].join("\n");
}
