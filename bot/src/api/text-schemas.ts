import { z } from "zod";
import { hasMultiLineControls, hasSingleLineControls, isCalendarDate } from "../domain/text-rules";

/** A trimmed one-line text (title, name) of 1..max characters without control characters or bidi overrides. */
export function singleLineText(max: number) {
  return z.string().trim().min(1).max(max).refine((text) => !hasSingleLineControls(text), "must not contain control characters or line breaks");
}

/** A text that may span lines (tab and line breaks kept) but holds no other control character. */
export function multiLineText(max: number) {
  return z.string().max(max).refine((text) => !hasMultiLineControls(text), "must not contain control characters");
}

/** A real calendar day as YYYY-MM-DD. */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine(isCalendarDate, "no such date");

/** An Entra tenant id (a GUID). */
export const tenantIdSchema = z.string().trim().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a tenant id (GUID)").transform((t) => t.toLowerCase());
