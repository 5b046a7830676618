import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { users } from "../../helpers/demo-users";
import { startTestServer, type TestServer } from "../../helpers/test-server";

/** A GET with an explicit Host header (fetch does not let a test set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host, "X-Dev-User": users.coordinator().aadObjectId } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("HTTP protections", () => {
  let server: TestServer;
  let tabDir: string;
  before(async () => {
    tabDir = mkdtempSync(join(tmpdir(), "tab-"));
    writeFileSync(join(tabDir, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(tabDir, "main.js"), "console.log(1);\n//# sourceMappingURL=main.js.map");
    writeFileSync(join(tabDir, "main.js.map"), '{"version":3,"sources":["../tab/src/secret.ts"]}');
    server = await startTestServer({ deps: { tabDir } });
  });
  after(async () => {
    await server.stop();
    rmSync(tabDir, { recursive: true, force: true });
  });

  it("does not serve source maps under /tab/", async () => {
    assert.equal((await fetch(`${server.url}/tab/main.js`)).status, 200);
    const map = await fetch(`${server.url}/tab/main.js.map`);
    assert.equal(map.status, 404);
    assert.doesNotMatch(await map.text(), /secret\.ts/);
  });

  it("sends a CSP that lets only Teams and Microsoft 365 frame the app, and nosniff, on every response", async () => {
    for (const path of ["/tab/", "/tab/main.js", "/api/v1/me", "/healthz", "/nope"]) {
      const res = await fetch(`${server.url}${path}`, { headers: { "X-Dev-User": users.coordinator().aadObjectId } });
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
      const csp = res.headers.get("content-security-policy") ?? "";
      const ancestors = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors")) ?? "";
      for (const host of ["https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.office.com", "https://*.microsoft365.com", "https://*.cloud.microsoft"]) {
        assert.ok(ancestors.split(" ").includes(host), `${path}: ${host}`);
      }
      assert.ok(!ancestors.includes(" * ") && !ancestors.endsWith(" *"), path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
    }
  });

  it("in local mode answers only on localhost, 127.0.0.1 and [::1] (any port)", async () => {
    const port = new URL(server.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"]) {
      assert.equal((await getWithHost(`${server.url}/api/v1/me`, host)).status, 200, host);
    }
    for (const host of [`evil.example:${port}`, "rebind.attacker.test", `127.0.0.1.nip.io:${port}`]) {
      const res = await getWithHost(`${server.url}/api/v1/me`, host);
      assert.equal(res.status, 421, host);
      assert.equal(JSON.parse(res.body).error.code, "host_not_allowed");
      assert.doesNotMatch(res.body, /memberships/);
    }
  });

  it("does not restrict the Host with BOT_ID set", async () => {
    const hosted = await startTestServer({ seed: false, env: { BOT_ID: "app", BOT_PASSWORD: "secret" } });
    try {
      assert.equal((await getWithHost(`${hosted.url}/healthz`, "natverksmoten.azurewebsites.net")).status, 200);
    } finally {
      await hosted.stop();
    }
  });
});
