import { TENANT_ID } from "./activities";
import { LocalIdentity } from "./local-identity";
import { startTestBlobStorage } from "./blob-storage";
import { startTestServer, type TestServer } from "./test-server";
import { PAST_MEETING_ID, UPCOMING_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID, demoMember } from "../../bot/src/demo/demo-network";
import type { Meeting } from "../../bot/src/domain/meeting";
import type { Member } from "../../bot/src/domain/member";
import type { Stores } from "../../bot/src/storage/repository";
import type { AppDeps } from "../../bot/src/app";
import type { AppServices } from "../../bot/src/app-services";
import { createMeetingNow } from "./roll-call";

/** The roles of the role matrix, in the order its table shows them. */
export const matrixRoles = [
  "coordinator", "chair", "secretary", "approver", "orgMember", "otherOrgMember", "guest", "otherNetwork", "stranger", "anonymous",
] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/** How each role is described in docs/security.md. */
export const roleTitles: Record<MatrixRole, string> = {
  coordinator: "coordinator",
  chair: "chair",
  secretary: "secretary",
  approver: "approver",
  orgMember: "member of the organisation",
  otherOrgMember: "member of another organisation",
  guest: "guest",
  otherNetwork: "member of another network",
  stranger: "stranger (signed in, no membership)",
  anonymous: "no identity",
};

/** The second network, with one member and one meeting of its own. */
export const OTHER_NETWORK_ID = "natverket-halland-test";
export const OTHER_MEETING_ID = "halland-2031";
/** A meeting kept for cancelling, one kept as a draft, one happening now (meeting chat commands). */
export const CANCEL_MEETING_ID = "matrix-cancel";
export const DRAFT_MEETING_ID = "matrix-draft";
export const NOW_MEETING_ID = "matrix-now";
export const NOW_CHAT_ID = "19:meeting_bWF0cml4LW5vdw@thread.v2";
export const NOW_TEAMS_MEETING_ID = "MCMxOTptZWV0aW5nX2JXRjBjbWw0TFc1dmR3QHRocmVhZC52Mg==";
export { PAST_MEETING_ID, UPCOMING_MEETING_ID };

const otherMember: Member = {
  aadObjectId: "20000000-0000-4000-8000-000000000001", networkId: OTHER_NETWORK_ID, displayName: "Greta Fjällström",
  email: "greta.fjallstrom@example.org", organisationId: "varberg", role: "member", active: true,
};

/** The people acting in each role (undefined: no identity at all). */
export const rolePeople: Record<MatrixRole, { aadObjectId: string; name: string } | undefined> = {
  coordinator: person("Johan Berg"),
  chair: person("Lena Forsberg"),
  secretary: person("Emma Strand"),
  approver: person("Karin Sjöberg"),
  orgMember: person("Elin Bergqvist"),
  otherOrgMember: person("Ida Holm"),
  guest: person("Amir Haddad"),
  otherNetwork: { aadObjectId: otherMember.aadObjectId, name: otherMember.displayName },
  stranger: { aadObjectId: "99999999-0000-4000-8000-000000000999", name: "Kim Utomstående" },
  anonymous: undefined,
};

function person(name: string) {
  const member = demoMember(name);
  return { aadObjectId: member.aadObjectId, name: member.displayName };
}

/** The organisation "member of the organisation" belongs to, and the one a stranger to it belongs to. */
export const OWN_ORGANISATION = "ale";

/** A file uploaded to item 2 of the upcoming meeting. */
export const MATRIX_FILE_ID = "matrix-slides-0001";

/**
 * Adds what the matrix needs to the demo data: a second network with its own member and meeting, the
 * upcoming meeting sent out, an approver named on the past meeting's minutes, an answer with a comment,
 * a draft meeting, a meeting to cancel and a meeting happening now (for the meeting chat).
 */
export async function seedRoleWorld(stores: Stores, services: AppServices): Promise<void> {
  await stores.networks.create({ id: OTHER_NETWORK_ID, name: "Nätverket Halland (test)", tenantId: "00000000-0000-4000-8000-00000000aaaa", coordinatorIds: [], defaultPlace: "Digitalt via Teams", language: "sv" });
  await stores.organisations.create({ id: "varberg", networkId: OTHER_NETWORK_ID, name: "Varberg", kind: "kommun", order: 10 });
  await stores.members.create(otherMember);
  const upcoming = (await stores.meetings.get(DEMO_NETWORK_ID, UPCOMING_MEETING_ID))!;
  await stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
  const copy = (id: string, extra: Partial<Meeting>): Meeting => ({ ...upcoming.value, id, joinUrl: undefined, status: "invited", ...extra });
  await stores.meetings.create(copy(CANCEL_MEETING_ID, {}));
  await stores.meetings.create(copy(DRAFT_MEETING_ID, { status: "draft", title: "Utkast som bara samordnaren ser" }));
  await stores.meetings.create(copy(OTHER_MEETING_ID, { networkId: OTHER_NETWORK_ID, title: "Hallandsmötet", chairId: undefined, secretaryId: undefined }));
  await createMeetingNow(stores, NOW_MEETING_ID, { chatConversationId: NOW_CHAT_ID, teamsMeetingId: NOW_TEAMS_MEETING_ID });
  await stores.answers.upsert({ meetingId: UPCOMING_MEETING_ID, memberId: demoMember("Jonas Almgren").aadObjectId, answer: "declined", comment: "Privat kommentar till samordnaren", answeredAt: new Date().toISOString(), channel: "card" });
  await services.minutes.minutes.setApprovers(rolePeople.coordinator!.aadObjectId, PAST_MEETING_ID, [rolePeople.approver!.aadObjectId]);
  const slides = await services.material.prepareUpload(rolePeople.coordinator!.aadObjectId, UPCOMING_MEETING_ID, MATRIX_FILE_ID, { itemNumber: 2, fileName: "bilder.pdf" }, undefined);
  await services.material.upload(slides, Buffer.from("%PDF-1.7\n%%EOF\n"));
}

/** The bot's app id in the role world (channel tokens are issued for it). */
export const BOT_APP_ID = "00000000-0000-4000-8000-0000000000b0";

/** A running role world: the server with BOT_ID set and the local identity that signs its tokens. */
export interface RoleWorld {
  server: TestServer;
  identity: LocalIdentity;
  stop(): Promise<void>;
}

/**
 * Starts the role world: a local token issuer, the real server with BOT_ID set (Bot Framework tokens and tab SSO
 * tokens of the demo tenant checked against it), and the seeded people and meetings of every role.
 */
export async function startRoleWorld(options: { env?: Record<string, string>; deps?: Partial<AppDeps> } = {}): Promise<RoleWorld> {
  const identity = new LocalIdentity();
  await identity.start();
  // Material uploads go to a blob service of their own, so that the upload route is checked for real.
  const blobs = await startTestBlobStorage();
  const server = await startTestServer({
    env: { BOT_ID: BOT_APP_ID, BOT_PASSWORD: "not-used", BOT_OPENID_METADATA_URL: `${identity.url}/openid`, ...identity.tabSettings([TENANT_ID]), ...options.env },
    deps: { files: blobs.files, ...options.deps },
  });
  await seedRoleWorld(server.stores, server.app.services);
  return { server, identity, stop: async () => { await server.stop(); await blobs.stop(); await identity.stop(); } };
}
