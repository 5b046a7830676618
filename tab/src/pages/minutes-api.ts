import { apiUrl, callApi, type Credentials } from "../api-client";
import { networkMessage } from "../network-error";
import type { ActionDoneRequest, ActionItem, MeetingSummary, MinutesApproversRequest, MinutesItemRequest, MinutesView, SearchResult } from "../../../bot/src/api/contract";

export type { MinutesView, SearchResult, ActionItem };

/** One item as the editor holds it. */
export type EditableItem = MinutesView["items"][number];

/** What a save answers, or the stored version when someone else saved first. */
export type SaveResult =
  | { kind: "saved"; item: EditableItem; etag: string }
  | { kind: "conflict"; current: EditableItem & { etag: string } };

async function authHeaders(credentials: Credentials, language: string): Promise<Headers> {
  const headers = new Headers({ "Accept-Language": language });
  if (credentials.kind === "sso") headers.set("Authorization", `Bearer ${await credentials.token()}`);
  else headers.set("X-Dev-User", credentials.aadObjectId);
  return headers;
}

/** The minutes API of one meeting, for the tab. */
export function minutesApi(credentials: Credentials, language: string, meetingId: string) {
  const base = `/meetings/${encodeURIComponent(meetingId)}/minutes`;
  const call = <T>(path: string, init?: RequestInit) => callApi<T>(credentials, language, path, init);
  return {
    get: () => call<MinutesView>(base),
    /** Saves an item with If-Match; a 409 comes back as the other version instead of an error. */
    async save(number: number, etag: string, body: MinutesItemRequest): Promise<SaveResult> {
      const headers = await authHeaders(credentials, language);
      headers.set("Content-Type", "application/json");
      headers.set("If-Match", etag);
      const response = await fetch(apiUrl(credentials, `${base}/items/${number}`), { method: "PUT", headers, body: JSON.stringify(body) }).catch(() => {
        throw new Error(networkMessage(language));
      });
      const json = await response.json();
      if (response.status === 409 && json.error?.code === "concurrent_update") return { kind: "conflict", current: json.error.current };
      if (!response.ok) throw new Error(json.error?.message ?? response.statusText);
      return { kind: "saved", item: json.item, etag: json.etag };
    },
    setApprovers: (approverIds: string[]) => call<MinutesView>(`${base}/approvers`, { method: "PUT", body: JSON.stringify({ approverIds } satisfies MinutesApproversRequest) }),
    approve: () => call<MinutesView>(`${base}/approve`, { method: "POST" }),
    publish: () => call<MinutesView>(`${base}/publish`, { method: "POST" }),
    setActionDone: (meeting: string, actionId: string, done: boolean) =>
      call<ActionItem>(`/meetings/${encodeURIComponent(meeting)}/minutes/actions/${encodeURIComponent(actionId)}`, { method: "PUT", body: JSON.stringify({ done } satisfies ActionDoneRequest) }),
    /** Downloads an export with the caller's credentials (a plain link could not send them). */
    async download(extension: "md" | "docx" | "pdf"): Promise<void> {
      const headers = await authHeaders(credentials, language);
      const response = await fetch(apiUrl(credentials, `/meetings/${encodeURIComponent(meetingId)}/minutes.${extension}`), { headers }).catch(() => {
        throw new Error(networkMessage(language));
      });
      if (!response.ok) throw new Error((await response.json()).error?.message ?? response.statusText);
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `minutes.${extension}`;
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

/** Searches the caller's network. */
export function searchApi(credentials: Credentials, language: string, query: string) {
  return callApi<{ results: SearchResult[] }>(credentials, language, `/search?q=${encodeURIComponent(query)}`);
}

/** The caller's network's meetings, for the archive. */
export function meetingsApi(credentials: Credentials, language: string) {
  return callApi<{ meetings: MeetingSummary[] }>(credentials, language, "/meetings");
}
