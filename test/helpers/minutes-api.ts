import { api } from "./api-client";
import { users } from "./demo-users";
import type { TestServer } from "./test-server";

/** The demo network's past meeting (the example's) and its minutes path. */
export const PAST = "demo-2025-03-12";
export const NETWORK = "gr-mottagande-integration";
export const minutesPath = `/meetings/${PAST}/minutes`;

/** The demo people the minutes tests act as. */
export const people = {
  secretary: () => users.secretary().aadObjectId,
  coordinator: () => users.coordinator().aadObjectId,
  member: () => users.aleMember().aadObjectId,
};

/** The current eTag of an item of the past meeting, as the secretary reads it. */
export async function etagOf(server: TestServer, number: number): Promise<string> {
  const res = await api(server.url, minutesPath, { user: people.secretary() });
  return res.body.items.find((i: { number: number }) => i.number === number).etag;
}

/** PUTs an item of the past meeting (as the secretary, with the current eTag unless told otherwise; `null` sends none). */
export async function putItem(server: TestServer, number: number, body: unknown, options: { user?: string; etag?: string | null } = {}) {
  const etag = options.etag === undefined ? await etagOf(server, number) : options.etag;
  return api(server.url, `${minutesPath}/items/${number}`, { user: options.user ?? people.secretary(), method: "PUT", body, headers: etag === null ? {} : { "If-Match": etag } });
}

/** The stored notes of an item of the past meeting. */
export async function notesOf(server: TestServer, number: number): Promise<string> {
  return (await server.stores.agenda.get(PAST, String(number).padStart(4, "0")))!.value.notes ?? "";
}

/** Opens or closes the roll call of the past meeting. */
export async function setRollCall(server: TestServer, rollCall: "open" | "closed"): Promise<void> {
  const stored = (await server.stores.meetings.get(NETWORK, PAST))!;
  await server.stores.meetings.replace({ ...stored.value, rollCall }, stored.etag);
}
