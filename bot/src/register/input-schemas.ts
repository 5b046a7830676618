import { MAX_TEMPLATE_ITEMS } from "../domain/agenda-template";
import { hasSingleLineControls } from "../domain/text-rules";
import { z } from "zod";
import { networkRoles } from "../domain/member";
import { organisationKinds } from "../domain/network";
import { singleLineText, tenantIdSchema } from "../api/text-schemas";

const id = z.string().trim().min(1).max(100);

export const organisationInput = z.object({
  name: singleLineText(200),
  kind: z.enum(organisationKinds),
  order: z.number().int().min(0).max(10_000).optional(),
  contactMemberId: id.nullable().optional(),
  active: z.boolean().optional(),
});

export const organisationOrderInput = z.object({ organisationIds: z.array(id).min(1).max(500) }).strict();

export const memberInput = z.object({
  aadObjectId: id,
  displayName: singleLineText(200),
  email: z.string().trim().email().max(320),
  organisationId: id,
  role: z.enum(networkRoles),
  active: z.boolean().default(true),
  tenantId: tenantIdSchema.optional(),
});

const days = (max: number) => z.number().int("must be a whole number").min(0).max(max);

export const networkInput = z.object({
  name: singleLineText(200),
  defaultPlace: singleLineText(200),
  language: z.enum(["sv", "en"]),
  settings: z.object({
    reminderDaysBefore: days(60).optional(),
    roundTableDaysBefore: days(60).min(1).optional(),
    roundTableReminderDaysBefore: days(59).optional(),
    notifyMembersOnPublish: z.boolean().optional(),
  }).strict().optional(),
  // Empty titles are allowed here and dropped when stored (a blank line in the tab's list).
  agendaTemplate: z.array(z.string().trim().max(200).refine((t) => !hasSingleLineControls(t), "must not contain control characters or line breaks")).max(MAX_TEMPLATE_ITEMS + 1).optional(),
}).strict();
