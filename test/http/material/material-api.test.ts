import assert from "node:assert/strict";
import { UPCOMING_MEETING_ID, PAST_MEETING_ID } from "../../../bot/src/demo/demo-meetings";
import { DEMO_NETWORK_ID } from "../../../bot/src/demo/demo-network";
import { api } from "../../helpers/api-client";
import { startTestBlobStorage, type TestBlobStorage } from "../../helpers/blob-storage";
import { teamsUser, users } from "../../helpers/demo-users";
import { snapshotChanges, snapshotTables } from "../../helpers/table-snapshot";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const U = UPCOMING_MEETING_ID;
const coordinator = () => users.coordinator().aadObjectId;
const member = () => users.aleMember().aadObjectId;
// Nils Åberg presents item 2 of the upcoming meeting.
const presenter = () => teamsUser("Nils Åberg").aadObjectId;
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x20), Buffer.from("\n%%EOF\n")]);

async function upload(server: TestServer, options: { user: string; id: string; item?: number; name?: string; title?: string; data?: Buffer; type?: string; meetingId?: string }) {
  const query = new URLSearchParams({ item: String(options.item ?? 2), name: options.name ?? "bilder.pdf", ...(options.title ? { title: options.title } : {}) });
  const response = await fetch(`${server.url}/api/v1/meetings/${options.meetingId ?? U}/material/${options.id}/file?${query}`, {
    method: "PUT",
    headers: { "X-Dev-User": options.user, "Content-Type": options.type ?? "application/octet-stream" },
    body: new Uint8Array(options.data ?? PDF),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe("material per agenda item: links and uploaded files", () => {
  let blobs: TestBlobStorage;
  let server: TestServer;

  before(async () => {
    blobs = await startTestBlobStorage();
    server = await startTestServer({ deps: { files: blobs.files }, env: { MATERIAL_MAX_MB: "1" } });
    // The demo's upcoming meeting is a draft, which members do not see: send it out first.
    const upcoming = (await server.stores.meetings.get(DEMO_NETWORK_ID, U))!;
    await server.stores.meetings.replace({ ...upcoming.value, status: "invited" }, upcoming.etag);
  });

  it("shows members nothing of a draft meeting's material", async () => {
    const draft = await startTestServer({ deps: { files: blobs.files } });
    try {
      const res = await api(draft.url, `/meetings/${U}/material`, { user: member() });
      assert.equal(res.status, 404);
      assert.equal((await api(draft.url, `/meetings/${U}/material`, { user: coordinator() })).status, 200);
    } finally {
      await draft.stop();
    }
  });
  after(async () => {
    await server?.stop();
    await blobs?.stop();
  });

  it("lets the coordinator add a link and everyone in the network see it; a repeated request adds nothing", async () => {
    const body = { itemNumber: 2, kind: "link", title: "Rapport om etablering", url: "https://example.sharepoint.com/sites/natverk/rapport.pdf" };
    const first = await api(server.url, `/meetings/${U}/material/link-0001`, { user: coordinator(), method: "PUT", body });
    assert.equal(first.status, 201);
    const again = await api(server.url, `/meetings/${U}/material/link-0001`, { user: coordinator(), method: "PUT", body });
    assert.equal(again.status, 200);
    const seen = await api(server.url, `/meetings/${U}/material`, { user: member() });
    assert.equal(seen.status, 200);
    const links = seen.body.material.filter((m: { id: string }) => m.id === "link-0001");
    assert.equal(links.length, 1);
    assert.equal(links[0].url, body.url);
    assert.equal(links[0].addedByName, "Johan Berg");
    assert.equal(links[0].canRemove, false);
    assert.equal("addedBy" in links[0], false);
    assert.equal(seen.body.items.find((i: { number: number }) => i.number === 2).canAdd, false);
  });

  it("lets the presenter of an item upload slides, served only as a download", async () => {
    const list = await api(server.url, `/meetings/${U}/material`, { user: presenter() });
    assert.equal(list.body.items.find((i: { number: number }) => i.number === 2).canAdd, true);
    assert.equal(list.body.items.find((i: { number: number }) => i.number === 3).canAdd, false);
    const res = await upload(server, { user: presenter(), id: "file-0001", name: "Omvärld mars.pdf" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.title, "Omvärld mars");
    assert.equal(res.body.size, PDF.length);
    const download = await fetch(`${server.url}/api/v1/meetings/${U}/material/file-0001/file`, { headers: { "X-Dev-User": member() } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get("content-type"), "application/octet-stream");
    assert.match(download.headers.get("content-disposition") ?? "", /^attachment; filename="Omv_rld mars.pdf"; filename\*=UTF-8''Omv%C3%A4rld%20mars\.pdf$/);
    assert.equal(download.headers.get("x-content-type-options"), "nosniff");
    assert.match(download.headers.get("content-security-policy") ?? "", /sandbox/);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
  });

  it("refuses a member who does not present the item, a guest and a stranger, and writes nothing", async () => {
    const before = await snapshotTables(server.storage.connectionString);
    for (const user of [member(), users.guest().aadObjectId]) {
      const file = await upload(server, { user, id: "file-refused" });
      assert.equal(file.status, 403);
      assert.equal(file.body.error.code, "material_not_allowed");
      assert.match(file.body.error.message, /föredragande/);
      const link = await api(server.url, `/meetings/${U}/material/link-refused`, { user, method: "PUT", body: { itemNumber: 2, kind: "link", title: "X", url: "https://example.org" } });
      assert.equal(link.status, 403);
    }
    const stranger = await upload(server, { user: users.stranger().aadObjectId, id: "file-refused" });
    assert.equal(stranger.status, 403);
    assert.deepEqual(snapshotChanges(before, await snapshotTables(server.storage.connectionString)), []);
    const download = await fetch(`${server.url}/api/v1/meetings/${U}/material/file-0001/file`, { headers: { "X-Dev-User": users.stranger().aadObjectId } });
    assert.equal(download.status, 403);
  });

  it("refuses bad files with a clear message and stores nothing", async () => {
    const before = await snapshotTables(server.storage.connectionString);
    const cases: [Parameters<typeof upload>[1], number, string][] = [
      [{ user: coordinator(), id: "bad-00001", name: "program.exe" }, 400, "material_type_not_allowed"],
      [{ user: coordinator(), id: "bad-00002", name: "bilder.pdf", data: Buffer.from("MZ\x90\x00 not a pdf at all") }, 400, "material_content_mismatch"],
      [{ user: coordinator(), id: "bad-00003", name: "bilder.pdf", data: Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(1024 * 1024 + 10)]) }, 413, "material_too_large"],
      [{ user: coordinator(), id: "bad-00004", name: "../../etc/passwd.pdf" }, 400, "material_file_name_invalid"],
      [{ user: coordinator(), id: "bad-00005", item: 42 }, 404, "unknown_agenda_item"],
      [{ user: coordinator(), id: "x" }, 400, "material_id_invalid"],
      [{ user: coordinator(), id: "bad-00006", data: Buffer.alloc(0) }, 400, "material_file_empty"],
      [{ user: coordinator(), id: "bad-00007", type: "text/plain" }, 415, "unsupported_media_type"],
    ];
    for (const [request, status, code] of cases) {
      const res = await upload(server, request);
      assert.equal(res.status, status, `${request.id}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, code);
    }
    const link = await api(server.url, `/meetings/${U}/material/link-bad01`, { user: coordinator(), method: "PUT", body: { itemNumber: 2, kind: "link", title: "X", url: "javascript:alert(1)" } });
    assert.equal(link.status, 400);
    assert.equal(link.body.error.code, "material_url_invalid");
    assert.deepEqual(snapshotChanges(before, await snapshotTables(server.storage.connectionString)), []);
    const en = await fetch(`${server.url}/api/v1/meetings/${U}/material/bad-00001/file?item=2&name=a.exe`, { method: "PUT", headers: { "X-Dev-User": coordinator(), "Content-Type": "application/octet-stream", "Accept-Language": "en" }, body: PDF });
    assert.match((await en.json()).error.message, /not accepted/);
  });

  it("lets whoever added it or the meeting's people remove it (eTag-checked), and the file goes with it", async () => {
    const list = await api(server.url, `/meetings/${U}/material`, { user: presenter() });
    const slides = list.body.material.find((m: { id: string }) => m.id === "file-0001");
    assert.equal(slides.canRemove, true);
    const refused = await api(server.url, `/meetings/${U}/material/file-0001`, { user: member(), method: "DELETE" });
    assert.equal(refused.status, 403);
    const stale = await api(server.url, `/meetings/${U}/material/file-0001`, { user: presenter(), method: "DELETE", headers: { "If-Match": 'W/"datetime\'2001-01-01T00%3A00%3A00.000Z\'"' } });
    assert.equal(stale.status, 409);
    const removed = await api(server.url, `/meetings/${U}/material/file-0001`, { user: presenter(), method: "DELETE", headers: { "If-Match": slides.etag } });
    assert.equal(removed.status, 204);
    const gone = await fetch(`${server.url}/api/v1/meetings/${U}/material/file-0001/file`, { headers: { "X-Dev-User": member() } });
    assert.equal(gone.status, 404);
    assert.equal(await blobs.files.get(`${U}/file-0001`), undefined);
  });

  it("lets a presenter add slides after the meeting, and the minutes and their exports list the material per item", async () => {
    const res = await upload(server, { user: teamsUser("Per Dahlgren").aadObjectId, meetingId: PAST_MEETING_ID, id: "past-slides", item: 2, name: "omvarld.pdf", title: "Bilder: omvärldsbevakning" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await api(server.url, `/meetings/${PAST_MEETING_ID}/material/past-link`, { user: coordinator(), method: "PUT", body: { itemNumber: 2, kind: "link", title: "Rapporten", url: "https://example.org/rapport" } });
    const markdown = await fetch(`${server.url}/api/v1/meetings/${PAST_MEETING_ID}/minutes.md`, { headers: { "X-Dev-User": coordinator() } });
    const text = await markdown.text();
    const item2 = text.slice(text.indexOf("## 2."), text.indexOf("## 3."));
    assert.match(item2, /Material:/);
    assert.match(item2, /Bilder: omvärldsbevakning \(omvarld\.pdf, 2 kB\)/);
    assert.match(item2, /\[Rapporten\]\(https:\/\/example\.org\/rapport\)/);
  });

  it("says that files cannot be uploaded where the deployment has no blob service, and links still work", async () => {
    const plain = await startTestServer({ env: { MATERIAL_UPLOADS: "true" } });
    try {
      const res = await upload(plain, { user: coordinator(), id: "file-nowhere" });
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, "material_uploads_off");
      const list = await api(plain.url, `/meetings/${U}/material`, { user: coordinator() });
      assert.equal(list.body.uploads.enabled, false);
      const link = await api(plain.url, `/meetings/${U}/material/link-plain1`, { user: coordinator(), method: "PUT", body: { itemNumber: 1, kind: "link", title: "Länk", url: "https://example.org" } });
      assert.equal(link.status, 201);
    } finally {
      await plain.stop();
    }
  });
});
