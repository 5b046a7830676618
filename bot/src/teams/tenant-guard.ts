import type { Activity, TurnContext } from "botbuilder";
import { ActivityTypes } from "./activity-values";
import { languageOf } from "../shared/language";
import { tenantsOf } from "../domain/network";
import type { Stores } from "../storage/repository";
import { tenantRefusal } from "./texts";

/** The Entra tenant an activity comes from, as Teams sends it (channelData.tenant.id, else conversation.tenantId). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof channelTenant === "string" && channelTenant) return channelTenant;
  return activity.conversation?.tenantId || undefined;
}

/** Whether some network of this installation belongs to the tenant or allows its users. */
export async function isNetworkTenant(stores: Stores, tenantId: string | undefined): Promise<boolean> {
  if (!tenantId) return false;
  const networks = await stores.networks.list("network");
  return networks.some((network) => tenantsOf(network.value).includes(tenantId));
}

/**
 * Answers an activity from a tenant no network belongs to without reading or storing anything: a message
 * gets a polite text, an invoke a 403 error response, anything else no answer.
 */
export async function refuseForeignTenant(context: TurnContext): Promise<void> {
  const text = tenantRefusal[languageOf(context.activity.locale)];
  if (context.activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 403, type: "application/vnd.microsoft.error", value: { code: "tenant_not_allowed", message: text } } },
    });
  } else if (context.activity.type === ActivityTypes.Message) {
    await context.sendActivity(text);
  }
}
