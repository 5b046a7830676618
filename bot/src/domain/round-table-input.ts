import { invalid } from "./errors";
import { stripControlCharacters } from "./round-table";

/** Most structured questions a network may configure. */
export const MAX_QUESTIONS = 10;
/** Longest question label. */
export const MAX_QUESTION_LABEL = 100;
/** Longest answer to a structured question. */
export const MAX_FIELD_TEXT = 1000;

/**
 * Cleans the coordinator's list of structured questions: labels trimmed, control characters removed, empty
 * ones dropped; refuses more than MAX_QUESTIONS, labels over MAX_QUESTION_LABEL and duplicates.
 * @example normaliseQuestions([" Anvisade hittills i år ", ""]) // ["Anvisade hittills i år"]
 */
export function normaliseQuestions(labels: readonly string[]): string[] {
  const cleaned = labels.map((l) => stripControlCharacters(l).replace(/\s+/g, " ").trim()).filter((l) => l !== "");
  if (cleaned.length > MAX_QUESTIONS) {
    throw invalid("too_many_questions", `Högst ${MAX_QUESTIONS} frågor (nu ${cleaned.length}).`, `At most ${MAX_QUESTIONS} questions (now ${cleaned.length}).`);
  }
  const long = cleaned.find((l) => l.length > MAX_QUESTION_LABEL);
  if (long) {
    throw invalid("question_too_long", `En fråga får vara högst ${MAX_QUESTION_LABEL} tecken: ”${long.slice(0, 40)}…”.`, `A question may be at most ${MAX_QUESTION_LABEL} characters: "${long.slice(0, 40)}…".`);
  }
  const seen = new Set<string>();
  for (const label of cleaned) {
    const key = label.toLocaleLowerCase("sv");
    if (seen.has(key)) throw invalid("duplicate_question", `Frågan ”${label}” finns två gånger.`, `The question "${label}" appears twice.`);
    seen.add(key);
  }
  return cleaned;
}

/**
 * Cleans the answers to the structured questions: only configured questions, control characters removed,
 * empty answers dropped, each at most MAX_FIELD_TEXT characters.
 */
export function normaliseFields(fields: Readonly<Record<string, string>>, questions: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, raw] of Object.entries(fields)) {
    if (!questions.includes(label)) {
      throw invalid("unknown_field", `Nätverket har ingen fråga ”${label.slice(0, 100)}”.`, `The network has no question "${label.slice(0, 100)}".`, { field: label });
    }
    const value = stripControlCharacters(raw).trim();
    if (value.length > MAX_FIELD_TEXT) {
      throw invalid("field_too_long", `Svaret på ”${label}” är för långt: högst ${MAX_FIELD_TEXT} tecken.`, `The answer to "${label}" is too long: at most ${MAX_FIELD_TEXT} characters.`, { field: label, limit: MAX_FIELD_TEXT });
    }
    if (value !== "") out[label] = value;
  }
  return out;
}
