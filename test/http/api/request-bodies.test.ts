import assert from "node:assert/strict";
import { readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

/** Files a multipart parser would leave in the temp directory (formidable names them `upload_…`). */
function uploads(): Set<string> {
  return new Set(readdirSync(tmpdir()).filter((name) => name.startsWith("upload_")));
}

function multipart(): { body: string; contentType: string } {
  const boundary = "----grans";
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="a.bin"',
    "Content-Type: application/octet-stream",
    "",
    "x".repeat(50_000),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("request bodies: only JSON is read", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  it("refuses multipart bodies with 415 on every route, before authentication, and writes no file", async () => {
    const before = uploads();
    const answers: { path: string; status: number; body: { error?: { code: string; message: string } } }[] = [];
    for (const path of ["/api/messages", "/api/v1/meetings", "/api/v1/organisations", "/api/v1/meetings/demo-upcoming/minutes/items/1", "/api/v1/meetings/demo-upcoming/cancel", "/api/v1/members"]) {
      const { body, contentType } = multipart();
      const res = await fetch(`${server.url}${path}`, { method: path.includes("items") ? "PUT" : "POST", headers: { "Content-Type": contentType }, body });
      const text = await res.text();
      answers.push({ path, status: res.status, body: text.startsWith("{") ? JSON.parse(text) : {} });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const created = [...uploads()].filter((name) => !before.has(name));
    for (const name of created) rmSync(join(tmpdir(), name), { force: true });
    assert.deepEqual(created, []);
    for (const { path, status, body } of answers) {
      assert.equal(status, 415, path);
      assert.equal(body.error?.code, "unsupported_media_type");
      assert.match(body.error?.message ?? "", /Bara JSON/);
    }
  });

  it("refuses form and text bodies in English when asked", async () => {
    for (const contentType of ["application/x-www-form-urlencoded", "text/plain"]) {
      const res = await fetch(`${server.url}/api/v1/organisations`, { method: "POST", headers: { "Content-Type": contentType, "Accept-Language": "en" }, body: "name=x" });
      assert.equal(res.status, 415);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /Only JSON/);
    }
  });

  it("still takes JSON, requests without a body, and keeps the size limit", async () => {
    const coordinator = users.coordinator().aadObjectId;
    assert.equal((await api(server.url, "/meetings", { user: coordinator })).status, 200);
    const cancel = await fetch(`${server.url}/api/v1/meetings/nope/cancel`, { method: "POST", headers: { "X-Dev-User": coordinator } });
    assert.equal(cancel.status, 404);
    const created = await api(server.url, "/organisations", { user: coordinator, method: "POST", body: { name: "Kommun JSON", kind: "kommun", order: 700 } });
    assert.equal(created.status, 201);
    const big = await fetch(`${server.url}/api/v1/organisations`, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8", "X-Dev-User": coordinator },
      body: JSON.stringify({ name: "x".repeat(5 * 1024 * 1024) }),
    });
    assert.equal(big.status, 413);
  });
});
