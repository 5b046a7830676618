import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { z } from "zod";
import { slugOf, type FirstNetworkSettings } from "./domain/first-network";
import { graphAppOf, GraphSettingError, type GraphAppSettings } from "./graph/graph-settings";

const emptyToUndefined = (v: unknown): unknown => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().optional());
const booleanText = z.preprocess(emptyToUndefined, z.enum(["true", "false", "1", "0"]).optional());
const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ invalid_type_error: "must be a number" }).int("must be a whole number").min(min).max(max);

const schema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number({ invalid_type_error: "must be a number" }).int("must be a whole number").min(0).max(65535).default(3978)),
  STORAGE_CONNECTION_STRING: optionalText,
  STORAGE_ACCOUNT_URL: z.preprocess(emptyToUndefined, z.string().url("must be a URL like https://<account>.table.core.windows.net").optional()),
  AZURE_CLIENT_ID: optionalText,
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TENANT_ID: optionalText,
  BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant")),
  BOT_OPENID_METADATA_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  TAB_APP_ID: optionalText,
  TAB_APP_ID_URI: optionalText,
  TAB_TENANT_IDS: optionalText,
  TAB_JWKS_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  TAB_ISSUER_TEMPLATE: optionalText,
  DEMO_DATA: booleanText,
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url("must be a URL like https://example.org").optional()),
  REMINDER_DAYS_BEFORE: z.preprocess(emptyToUndefined, z.coerce.number({ invalid_type_error: "must be a number" }).int("must be a whole number").min(0).max(60).default(2)),
  REMINDER_CHECK_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number({ invalid_type_error: "must be a number" }).int("must be a whole number").min(0).max(1440).default(15)),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  ROUND_TABLE_DAYS_BEFORE: z.preprocess(emptyToUndefined, wholeNumber(1, 60).default(7)),
  ROUND_TABLE_REMINDER_DAYS_BEFORE: z.preprocess(emptyToUndefined, wholeNumber(0, 59).optional()),
  ROUND_TABLE_CHECK_MINUTES: z.preprocess(emptyToUndefined, wholeNumber(0, 1440).default(15)),
  MINUTES_NOTIFY_MEMBERS: booleanText,
  RETENTION_BOT_STATE_DAYS: z.preprocess(emptyToUndefined, wholeNumber(1, 3650).default(90)),
  RETENTION_PROCESSED_DAYS: z.preprocess(emptyToUndefined, wholeNumber(1, 3650).default(30)),
  RETENTION_COMMENT_DAYS: z.preprocess(emptyToUndefined, wholeNumber(1, 3650).default(365)),
  RETENTION_CHECK_MINUTES: z.preprocess(emptyToUndefined, wholeNumber(0, 10_080).default(360)),
  OUTBOX_CHECK_SECONDS: z.preprocess(emptyToUndefined, wholeNumber(0, 3600).default(30)),
  OUTBOX_MAX_ATTEMPTS: z.preprocess(emptyToUndefined, wholeNumber(1, 50).default(8)),
  CONNECTOR_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, wholeNumber(1, 300).default(30)),
  NETWORK_NAME: z.preprocess(emptyToUndefined, z.string().trim().max(200).refine((n) => slugOf(n) !== "", "must contain letters or digits").optional()),
  NETWORK_TENANT_ID: optionalText,
  NETWORK_PLACE: z.preprocess(emptyToUndefined, z.string().trim().max(200).default("Digitalt via Teams")),
  MATERIAL_UPLOADS: booleanText,
  MATERIAL_MAX_MB: z.preprocess(emptyToUndefined, wholeNumber(1, 200).default(20)),
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: z.preprocess(emptyToUndefined, z.string().url().default("https://graph.microsoft.com/v1.0")),
  GRAPH_AUTHORITY_HOST: z.preprocess(emptyToUndefined, z.string().url().default("https://login.microsoftonline.com")),
  GRAPH_ORGANIZER: z.preprocess(emptyToUndefined, z.string().trim().email("must be the e-mail address (or user principal name) of the organizer mailbox").max(320).optional()),
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CREDENTIAL: z.preprocess(emptyToUndefined, z.enum(["secret", "certificate", "managed-identity"]).optional()),
  GRAPH_CERTIFICATE_PATH: optionalText,
  GRAPH_TEAMS_APP_ID: optionalText,
  GRAPH_POLL_MINUTES: z.preprocess(emptyToUndefined, wholeNumber(0, 1440).default(5)),
  GRAPH_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, wholeNumber(1, 300).default(20)),
  GRAPH_NOTIFICATION_URL: z.preprocess(emptyToUndefined, z.string().url("must be the public https URL of /api/v1/graph/notifications").refine((u) => /^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u), "must be an https URL (http only for 127.0.0.1 or localhost)").optional()),
  GRAPH_DEMO: booleanText,
  INSTALLATION_ADMIN_IDS: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$/, "must be a comma-separated list of Entra object ids").optional()),
  FIRST_COORDINATOR_ID: optionalText,
  FIRST_COORDINATOR_NAME: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  FIRST_COORDINATOR_EMAIL: z.preprocess(emptyToUndefined, z.string().trim().email("must be an e-mail address").max(320).optional()),
  FIRST_COORDINATOR_ORGANISATION: z.preprocess(emptyToUndefined, z.string().trim().max(200).refine((n) => slugOf(n) !== "", "must contain letters or digits").optional()),
});

type Settings = z.infer<typeof schema>;

/** The first-start network (FIRST_COORDINATOR_ID set), or undefined; throws ConfigError for an incomplete set. */
function firstNetworkOf(s: Settings): FirstNetworkSettings | undefined {
  const related = { NETWORK_NAME: s.NETWORK_NAME, NETWORK_TENANT_ID: s.NETWORK_TENANT_ID, FIRST_COORDINATOR_NAME: s.FIRST_COORDINATOR_NAME, FIRST_COORDINATOR_EMAIL: s.FIRST_COORDINATOR_EMAIL, FIRST_COORDINATOR_ORGANISATION: s.FIRST_COORDINATOR_ORGANISATION };
  if (!s.FIRST_COORDINATOR_ID) {
    const stray = Object.entries(related).find(([, value]) => value !== undefined);
    if (stray) throw new ConfigError(`Invalid setting FIRST_COORDINATOR_ID: required when ${stray[0]} is set`);
    return undefined;
  }
  const missing = (["NETWORK_NAME", "FIRST_COORDINATOR_NAME", "FIRST_COORDINATOR_EMAIL", "FIRST_COORDINATOR_ORGANISATION"] as const).find((name) => !related[name]);
  if (missing) throw new ConfigError(`Invalid setting ${missing}: required when FIRST_COORDINATOR_ID is set`);
  const tenantId = s.NETWORK_TENANT_ID ?? s.BOT_TENANT_ID;
  if (!tenantId) throw new ConfigError("Invalid setting NETWORK_TENANT_ID: required when FIRST_COORDINATOR_ID is set and BOT_TENANT_ID is not");
  return {
    name: s.NETWORK_NAME!,
    tenantId,
    place: s.NETWORK_PLACE,
    coordinator: { aadObjectId: s.FIRST_COORDINATOR_ID, displayName: s.FIRST_COORDINATOR_NAME!, email: s.FIRST_COORDINATOR_EMAIL!, organisationName: s.FIRST_COORDINATOR_ORGANISATION! },
  };
}

/** The app's validated settings. */
export interface Config {
  port: number;
  storage:
    | { kind: "connection-string"; connectionString: string }
    | { kind: "account-url"; url: string; managedIdentityClientId?: string }
    | { kind: "embedded"; dataDir: string };
  bot: {
    appId?: string;
    password?: string;
    tenantId?: string;
    type: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    /** Where the Bot Framework's signing keys are published; Microsoft's by default. */
    openIdMetadataUrl?: string;
  };
  /** Material per agenda item: whether files may be uploaded (to the storage account's blob service) and the largest file. */
  material: { uploads: boolean; maxBytes: number };
  /** No bot app id: bot requests are not authenticated and the tab's dev mode is on. */
  localMode: boolean;
  tab: { appId?: string; appIdUri?: string; tenantIds: string[]; jwksUrl?: string; issuerTemplate: string };
  demoData: boolean;
  publicUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Round table: ask N days before the meeting, remind M days before (0 = no reminder), check every K minutes (0 = never). */
  roundTable: { daysBefore: number; reminderDaysBefore: number; checkMinutes: number };
  /** Minutes (issue 8): whether members get a 1:1 message when minutes are published. */
  minutes: { notifyMembers: boolean };
  /** Invitation reminders: days before the reply-by day, and how often the scheduler looks (0 = never). */
  reminders: { daysBefore: number; checkMinutes: number };
  /**
   * How long bot state, handled-activity rows (card actions, activity claims) and answers' comments are kept, in
   * days, and how often the retention job looks (0 = never).
   */
  retention: RetentionSettings;
  /** Proactive messages: how often the outbox looks for due messages (0 = never) and how often it tries one. */
  outbox: { checkSeconds: number; maxAttempts: number };
  /** How long one Bot Connector send or update may take, the SDK's own retries included. */
  connectorTimeoutSeconds: number;
  /** First start after deployment: the network and coordinator to create when missing (FIRST_COORDINATOR_ID set). */
  firstNetwork?: FirstNetworkSettings;
  /** Microsoft Graph on behalf of the signed-in user (directory search), when TAB_APP_ID and GRAPH_CLIENT_SECRET are set. */
  graph?: { clientId: string; clientSecret: string; baseUrl: string; authorityHost: string };
  /** Entra object ids of the installation's admins, who create networks (INSTALLATION_ADMIN_IDS). */
  installationAdminIds: string[];
  /** Microsoft Graph with the app's own identity (calendar, answers from Outlook, installation, attendance), when GRAPH_ORGANIZER is set. */
  graphApp?: GraphAppSettings;
}

/** The retention periods in days and the retention job's interval in minutes. */
export interface RetentionSettings {
  botStateDays: number;
  processedDays: number;
  commentDays: number;
  checkMinutes: number;
}

/** A setting that failed validation; the message names it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Reads `.env` in the working directory when there is one; real environment variables win. */
function withEnvFile(env: NodeJS.ProcessEnv, envFile: string | undefined): Record<string, string | undefined> {
  if (!envFile || !existsSync(envFile)) return { ...env };
  return { ...parseEnv(readFileSync(envFile, "utf8")), ...env };
}

/**
 * Validates the settings of DESIGN §9 and returns them, or throws ConfigError naming the bad setting.
 * @example loadConfig({ PORT: "abc" }) // throws "Invalid setting PORT: must be a number"
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile: string | undefined = ".env"): Config {
  const parsed = schema.safeParse(withEnvFile(env, envFile));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${issue.path.join(".")}: ${issue.message}`);
  }
  const s = parsed.data;
  const localMode = s.BOT_ID === undefined;
  const storage: Config["storage"] = s.STORAGE_CONNECTION_STRING
    ? { kind: "connection-string", connectionString: s.STORAGE_CONNECTION_STRING }
    : s.STORAGE_ACCOUNT_URL
      ? { kind: "account-url", url: s.STORAGE_ACCOUNT_URL, managedIdentityClientId: s.AZURE_CLIENT_ID }
      : { kind: "embedded", dataDir: s.DATA_DIR };
  if (!localMode && s.BOT_TYPE !== "UserAssignedMSI" && !s.BOT_PASSWORD) {
    throw new ConfigError("Invalid setting BOT_PASSWORD: required when BOT_ID is set (unless BOT_TYPE=UserAssignedMSI)");
  }
  const reminderDaysBefore = s.ROUND_TABLE_REMINDER_DAYS_BEFORE ?? Math.min(2, s.ROUND_TABLE_DAYS_BEFORE - 1);
  if (reminderDaysBefore >= s.ROUND_TABLE_DAYS_BEFORE) {
    throw new ConfigError("Invalid setting ROUND_TABLE_REMINDER_DAYS_BEFORE: must be fewer days than ROUND_TABLE_DAYS_BEFORE");
  }
  if (s.BOT_TYPE === "SingleTenant" && !localMode && !s.BOT_TENANT_ID) {
    throw new ConfigError("Invalid setting BOT_TENANT_ID: required when BOT_TYPE=SingleTenant");
  }
  const firstNetwork = firstNetworkOf(s);
  return {
    port: s.PORT,
    storage,
    bot: { appId: s.BOT_ID, password: s.BOT_PASSWORD, tenantId: s.BOT_TENANT_ID, type: s.BOT_TYPE, openIdMetadataUrl: s.BOT_OPENID_METADATA_URL },
    localMode,
    tab: {
      appId: s.TAB_APP_ID,
      appIdUri: s.TAB_APP_ID_URI,
      tenantIds: (s.TAB_TENANT_IDS ?? "").split(",").map((t) => t.trim()).filter(Boolean),
      jwksUrl: s.TAB_JWKS_URL,
      issuerTemplate: s.TAB_ISSUER_TEMPLATE ?? "https://login.microsoftonline.com/{tenantid}/v2.0",
    },
    demoData: s.DEMO_DATA === undefined ? localMode : s.DEMO_DATA === "true" || s.DEMO_DATA === "1",
    publicUrl: (s.PUBLIC_URL ?? `http://localhost:${s.PORT}`).replace(/\/$/, ""),
    logLevel: s.LOG_LEVEL,
    roundTable: { daysBefore: s.ROUND_TABLE_DAYS_BEFORE, reminderDaysBefore, checkMinutes: s.ROUND_TABLE_CHECK_MINUTES },
    minutes: { notifyMembers: s.MINUTES_NOTIFY_MEMBERS === undefined || s.MINUTES_NOTIFY_MEMBERS === "true" || s.MINUTES_NOTIFY_MEMBERS === "1" },
    reminders: { daysBefore: s.REMINDER_DAYS_BEFORE, checkMinutes: s.REMINDER_CHECK_MINUTES },
    retention: { botStateDays: s.RETENTION_BOT_STATE_DAYS, processedDays: s.RETENTION_PROCESSED_DAYS, commentDays: s.RETENTION_COMMENT_DAYS, checkMinutes: s.RETENTION_CHECK_MINUTES },
    outbox: { checkSeconds: s.OUTBOX_CHECK_SECONDS, maxAttempts: s.OUTBOX_MAX_ATTEMPTS },
    connectorTimeoutSeconds: s.CONNECTOR_TIMEOUT_SECONDS,
    material: { uploads: s.MATERIAL_UPLOADS === undefined || s.MATERIAL_UPLOADS === "true" || s.MATERIAL_UPLOADS === "1", maxBytes: s.MATERIAL_MAX_MB * 1024 * 1024 },
    firstNetwork,
    installationAdminIds: (s.INSTALLATION_ADMIN_IDS ?? "").split(",").filter(Boolean),
    graph: s.TAB_APP_ID && s.GRAPH_CLIENT_SECRET
      ? { clientId: s.TAB_APP_ID, clientSecret: s.GRAPH_CLIENT_SECRET, baseUrl: s.GRAPH_BASE_URL.replace(/\/$/, ""), authorityHost: s.GRAPH_AUTHORITY_HOST.replace(/\/$/, "") }
      : undefined,
    graphApp: graphAppIn(s, localMode),
  };
}

function graphAppIn(s: Settings, localMode: boolean): GraphAppSettings | undefined {
  try {
    return graphAppOf(s, localMode);
  } catch (error) {
    if (error instanceof GraphSettingError) throw new ConfigError(`Invalid setting ${error.setting}: ${error.message}`);
    throw error;
  }
}
