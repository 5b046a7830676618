import { AppError, forbidden, invalid, notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { assertMay } from "../domain/roles";
import { hasSingleLineControls } from "../domain/text-rules";

/** A person found in the organisation's directory, as the coordinator adds them. */
export interface DirectoryPerson {
  aadObjectId: string;
  displayName: string;
  email?: string;
  jobTitle?: string;
  organisation?: string;
}

/** Where Microsoft Graph is and who the app is, for calls on behalf of the signed-in user. */
export interface GraphSettings {
  clientId: string;
  clientSecret: string;
  baseUrl: string;
  authorityHost: string;
}

const TIMEOUT_MS = 10_000;

const unavailable = () =>
  new AppError("unavailable", "directory_unavailable", {
    sv: "Katalogen (Microsoft Graph) svarar inte just nu. Försök igen om en stund.",
    en: "The directory (Microsoft Graph) is not answering right now. Try again in a while.",
  });
const searchOff = () =>
  notFound("directory_search_off", "Sökning i katalogen är inte påslagen i den här installationen.", "Directory search is not switched on in this installation.");
const notConsented = () =>
  forbidden("directory_not_consented", "Appen har inte fått tillgång till katalogen. Be en administratör godkänna behörigheten User.ReadBasic.All.", "The app has no access to the directory. Ask an admin to consent to User.ReadBasic.All.");

async function fetchWithTimeout(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw unavailable();
  }
}

/**
 * The coordinator's people picker: searches the directory by name through Microsoft Graph with the signed-in
 * user's own rights (the OAuth 2.0 on-behalf-of flow), so it shows only what that person may see there.
 */
export class PeopleSearch {
  constructor(private readonly graph: GraphSettings | undefined) {}

  /** Whether the installation has Graph settings for the search. */
  get enabled(): boolean {
    return this.graph !== undefined;
  }

  /** Up to 10 people whose name or e-mail starts with the query (coordinator only). */
  async search(caller: Member, user: { token: string; tenantId: string }, query: string): Promise<DirectoryPerson[]> {
    assertMay(caller, "manage-network");
    const graph = this.graph;
    if (!graph) throw searchOff();
    const q = query.trim();
    if (q.length < 2 || q.length > 100 || hasSingleLineControls(q) || /["\\]/.test(q)) {
      throw invalid("invalid_query", "Skriv 2–100 tecken av ett namn eller en e-postadress (utan citattecken).", "Write 2–100 characters of a name or an e-mail address (no quotes).");
    }
    const accessToken = await this.onBehalfOf(graph, user);
    const search = encodeURIComponent(`"displayName:${q}" OR "mail:${q}"`);
    const url = `${graph.baseUrl}/users?$search=${search}&$select=id,displayName,mail,userPrincipalName,jobTitle,companyName&$top=10`;
    const response = await fetchWithTimeout(url, { headers: { Authorization: `Bearer ${accessToken}`, ConsistencyLevel: "eventual" } });
    if (response.status === 401 || response.status === 403) throw notConsented();
    if (!response.ok) throw unavailable();
    const body = (await response.json().catch(() => ({}))) as { value?: { id?: string; displayName?: string; mail?: string | null; userPrincipalName?: string; jobTitle?: string | null; companyName?: string | null }[] };
    return (body.value ?? []).filter((u) => u.id && u.displayName).map((u) => ({
      aadObjectId: u.id!,
      displayName: u.displayName!,
      ...(u.mail || u.userPrincipalName ? { email: (u.mail || u.userPrincipalName)! } : {}),
      ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}),
      ...(u.companyName ? { organisation: u.companyName } : {}),
    }));
  }

  // The user's tab token is exchanged for a Graph token of the same user (never an app-only token).
  private async onBehalfOf(graph: GraphSettings, user: { token: string; tenantId: string }): Promise<string> {
    const form = new URLSearchParams({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      client_id: graph.clientId,
      client_secret: graph.clientSecret,
      assertion: user.token,
      scope: "https://graph.microsoft.com/User.ReadBasic.All",
      requested_token_use: "on_behalf_of",
    });
    const response = await fetchWithTimeout(`${graph.authorityHost}/${encodeURIComponent(user.tenantId)}/oauth2/v2.0/token`, {
      method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: form.toString(),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
    if (response.ok && body.access_token) return body.access_token;
    if (body.error === "invalid_grant" || body.error === "consent_required" || body.error === "interaction_required") throw notConsented();
    throw unavailable();
  }
}
