/** How the app proves who it is to Entra ID for Microsoft Graph. */
export type GraphCredentialSettings =
  | { kind: "secret"; clientId: string; clientSecret: string }
  | { kind: "certificate"; clientId: string; certificatePath: string }
  /** The web app's managed identity signs a federated credential of the Entra app (no secret anywhere). */
  | { kind: "managed-identity"; clientId: string; managedIdentityClientId?: string }
  /** Local demo: a fixed token for the built-in Graph stub. */
  | { kind: "static"; token: string };

/** Microsoft Graph with the app's own identity: calendar, answers, installation, attendance reports. */
export interface GraphAppSettings {
  /** The mailbox that owns the network's meetings (e-mail or user principal name). */
  organizer: string;
  tenantId: string;
  credential: GraphCredentialSettings;
  baseUrl: string;
  authorityHost: string;
  /** The Teams app's id in the organisation's app catalog (for proactive installation), when known. */
  teamsAppId?: string;
  /** How often the calendar is read for answers (0 = never). */
  pollMinutes: number;
  /** How long one Graph request may take. */
  timeoutMs: number;
  /** Where Graph posts change notifications; without it answers are polled with delta queries. */
  notificationUrl?: string;
  /** Local demo mode: the built-in Graph stub answers instead of Microsoft Graph. */
  demo: boolean;
}

/** The raw settings `graphAppOf` reads (already validated by config.ts's schema). */
export interface GraphRawSettings {
  GRAPH_ORGANIZER?: string;
  GRAPH_TENANT_ID?: string;
  GRAPH_CLIENT_ID?: string;
  GRAPH_CREDENTIAL?: "secret" | "certificate" | "managed-identity";
  GRAPH_CERTIFICATE_PATH?: string;
  GRAPH_CLIENT_SECRET?: string;
  GRAPH_TEAMS_APP_ID?: string;
  GRAPH_POLL_MINUTES: number;
  GRAPH_TIMEOUT_SECONDS: number;
  GRAPH_NOTIFICATION_URL?: string;
  GRAPH_DEMO?: string;
  GRAPH_BASE_URL: string;
  GRAPH_AUTHORITY_HOST: string;
  TAB_APP_ID?: string;
  BOT_TENANT_ID?: string;
  NETWORK_TENANT_ID?: string;
  AZURE_CLIENT_ID?: string;
}

/** The organizer of the local demo's meetings (fictional). */
export const DEMO_ORGANIZER = "natverksmoten@demo.example.org";

/** A Graph setting that cannot work; `setting` names it. */
export class GraphSettingError extends Error {
  constructor(readonly setting: string, message: string) {
    super(message);
  }
}

/**
 * The Graph settings when GRAPH_ORGANIZER is set (or GRAPH_DEMO in local mode), else undefined; throws
 * GraphSettingError naming the missing setting. The credential kind follows what is given unless GRAPH_CREDENTIAL says.
 */
export function graphAppOf(s: GraphRawSettings, localMode: boolean): GraphAppSettings | undefined {
  const demo = localMode && (s.GRAPH_DEMO === "true" || s.GRAPH_DEMO === "1");
  if (!s.GRAPH_ORGANIZER && !demo) return undefined;
  const common = {
    baseUrl: s.GRAPH_BASE_URL.replace(/\/$/, ""),
    authorityHost: s.GRAPH_AUTHORITY_HOST.replace(/\/$/, ""),
    pollMinutes: s.GRAPH_POLL_MINUTES,
    timeoutMs: s.GRAPH_TIMEOUT_SECONDS * 1000,
    ...(s.GRAPH_NOTIFICATION_URL ? { notificationUrl: s.GRAPH_NOTIFICATION_URL } : {}),
  };
  if (demo) {
    return { ...common, organizer: s.GRAPH_ORGANIZER ?? DEMO_ORGANIZER, tenantId: "demo", credential: { kind: "static", token: "demo-graph-token" }, teamsAppId: s.GRAPH_TEAMS_APP_ID ?? "demo-teams-app", demo: true };
  }
  const tenantId = s.GRAPH_TENANT_ID ?? s.NETWORK_TENANT_ID ?? s.BOT_TENANT_ID;
  if (!tenantId) throw new GraphSettingError("GRAPH_TENANT_ID", "required when GRAPH_ORGANIZER is set and neither NETWORK_TENANT_ID nor BOT_TENANT_ID is");
  const clientId = s.GRAPH_CLIENT_ID ?? s.TAB_APP_ID;
  if (!clientId) throw new GraphSettingError("GRAPH_CLIENT_ID", "required when GRAPH_ORGANIZER is set and TAB_APP_ID is not");
  const kind = s.GRAPH_CREDENTIAL ?? (s.GRAPH_CERTIFICATE_PATH ? "certificate" : s.GRAPH_CLIENT_SECRET ? "secret" : "managed-identity");
  let credential: GraphCredentialSettings;
  if (kind === "secret") {
    if (!s.GRAPH_CLIENT_SECRET) throw new GraphSettingError("GRAPH_CLIENT_SECRET", "required when GRAPH_CREDENTIAL=secret");
    credential = { kind, clientId, clientSecret: s.GRAPH_CLIENT_SECRET };
  } else if (kind === "certificate") {
    if (!s.GRAPH_CERTIFICATE_PATH) throw new GraphSettingError("GRAPH_CERTIFICATE_PATH", "required when GRAPH_CREDENTIAL=certificate");
    credential = { kind, clientId, certificatePath: s.GRAPH_CERTIFICATE_PATH };
  } else {
    credential = { kind, clientId, ...(s.AZURE_CLIENT_ID ? { managedIdentityClientId: s.AZURE_CLIENT_ID } : {}) };
  }
  return { ...common, organizer: s.GRAPH_ORGANIZER!, tenantId, credential, ...(s.GRAPH_TEAMS_APP_ID ? { teamsAppId: s.GRAPH_TEAMS_APP_ID } : {}), demo: false };
}
