import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { ensureTabBuilt } from "../../helpers/browser";
import { startTestServer, type TestServer } from "../../helpers/test-server";

/** A GET that shows the bytes as sent (fetch would undo the Content-Encoding). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the tab's static files", () => {
  const script = "export const answer = 42;\n".repeat(50);
  let server: TestServer;
  let tabDir: string;
  before(async () => {
    tabDir = mkdtempSync(join(tmpdir(), "tab-static-"));
    mkdirSync(join(tabDir, "chunks"));
    writeFileSync(join(tabDir, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(tabDir, "main-ABCD2345.js"), script);
    writeFileSync(join(tabDir, "main-ABCD2345.js.br"), brotliCompressSync(script));
    writeFileSync(join(tabDir, "main-ABCD2345.js.gz"), gzipSync(script));
    writeFileSync(join(tabDir, "chunks", "chunk-QRST6789.js"), "export {};\n");
    server = await startTestServer({ seed: false, deps: { tabDir } });
  });
  after(async () => {
    await server.stop();
    rmSync(tabDir, { recursive: true, force: true });
  });

  it("sends the brotli copy to a browser that accepts it, else the gzip copy, else the file itself", async () => {
    const url = `${server.url}/tab/main-ABCD2345.js`;
    const br = await rawGet(url, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(brotliDecompressSync(br.body).toString(), script);
    const gz = await rawGet(url, { "Accept-Encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gz.body).toString(), script);
    const plain = await rawGet(url, { "Accept-Encoding": "br;q=0, identity" });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body.toString(), script);
    for (const res of [br, gz, plain]) {
      assert.equal(res.headers["vary"], "Accept-Encoding");
      assert.match(String(res.headers["content-type"]), /^application\/javascript/);
    }
  });

  it("caches hashed files as immutable and makes the browser revalidate index.html", async () => {
    assert.equal((await rawGet(`${server.url}/tab/main-ABCD2345.js`)).headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal((await rawGet(`${server.url}/tab/chunks/chunk-QRST6789.js`)).headers["cache-control"], "public, max-age=31536000, immutable");
    const index = await rawGet(`${server.url}/tab/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers["cache-control"], "no-cache");
    assert.match(String(index.headers["content-type"]), /^text\/html/);
    const again = await rawGet(`${server.url}/tab/`, { "If-None-Match": String(index.headers["etag"]) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it("keeps the Content-Security-Policy on static files", async () => {
    const res = await rawGet(`${server.url}/tab/main-ABCD2345.js`);
    assert.match(String(res.headers["content-security-policy"]), /script-src 'self'/);
    assert.equal(res.headers["x-content-type-options"], "nosniff");
  });

  it("answers 404 for a missing file and for a path out of the folder", async () => {
    for (const path of ["/tab/nope.js", "/tab/..%2Fpackage.json", "/tab/chunks/", "/tab/%E0%A4%A"]) {
      const res = await rawGet(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(JSON.parse(res.body.toString()).error.code, "resource_not_found", path);
    }
  });
});

describe("the built tab (npm run build)", function () {
  this.timeout(300_000);
  let server: TestServer;
  before(async () => {
    ensureTabBuilt();
    server = await startTestServer({ seed: false });
  });
  after(() => server.stop());

  it("names its scripts by content hash, preloads the first load's chunks, and serves them compressed and immutable", async () => {
    const index = await rawGet(`${server.url}/tab/`, { "Accept-Encoding": "br" });
    assert.equal(index.headers["cache-control"], "no-cache");
    const html = brotliDecompressSync(index.body).toString();
    const entry = /<script type="module" src="\.\/(main-[A-Z0-9]{8}\.js)"><\/script>/.exec(html)?.[1];
    assert.ok(entry, html);
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(preloads.length > 0, html);
    for (const file of [entry, ...preloads]) {
      const res = await rawGet(`${server.url}/tab/${file}`, { "Accept-Encoding": "gzip, deflate, br" });
      assert.equal(res.status, 200, file);
      assert.equal(res.headers["content-encoding"], "br", file);
      assert.equal(res.headers["cache-control"], "public, max-age=31536000, immutable", file);
    }
    assert.equal((await rawGet(`${server.url}/tab/${entry}.map`)).status, 404);
  });
});
