import type { z } from "zod";
import { invalid } from "../domain/errors";

/**
 * Parses a request body with a zod schema, or throws a 400 naming the first bad field.
 * @example const input = parseBody(organisationInput, req.body);
 */
export function parseBody<S extends z.ZodTypeAny>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join(".") || "body";
  throw invalid("invalid_input", `Fältet ”${field}” är fel: ${issue.message}`, `The field "${field}" is wrong: ${issue.message}`, { field });
}
