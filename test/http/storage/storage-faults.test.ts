import assert from "node:assert/strict";
import pino from "pino";
import { loadConfig } from "../../../bot/src/config";
import { seedDemoData } from "../../../bot/src/demo/seed-demo";
import { createApp, type App } from "../../../bot/src/app";
import { azuriteConnectionString } from "../../../bot/src/storage/embedded-azurite";
import { createTableStores } from "../../../bot/src/storage/table-stores";
import { personalMessage } from "../../helpers/activities";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";
import { sendActivity } from "../../helpers/bot-client";
import { api } from "../../helpers/api-client";
import { users } from "../../helpers/demo-users";
import { startStorageProxy, type StorageProxy } from "../../helpers/storage-proxy";

const LIMIT_MS = 15_000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

describe("storage faults: hanging or down storage gives a quick 503, and nothing half-written", function () {
  this.timeout(90_000);
  let storage: TestStorage;
  let proxy: StorageProxy;
  let app: App;
  let url: string;
  const coordinator = users.coordinator().aadObjectId;

  before(async () => {
    storage = await startTestStorage();
    await seedDemoData(storage.stores);
    proxy = await startStorageProxy(storage.azurite.url);
    const connectionString = azuriteConnectionString(proxy.url);
    const config = loadConfig({ STORAGE_CONNECTION_STRING: connectionString, LOG_LEVEL: "silent" }, undefined);
    app = createApp(config, { stores: createTableStores({ kind: "connection-string", connectionString }), logger: pino({ level: "silent" }) });
    url = await app.listen(0);
  });
  after(async () => {
    await app.close();
    await proxy.stop();
    await storage.stop();
  });

  function assertUnavailable(res: { status: number; body: { error: { code: string; message: string } } }, ms: number, what: string): void {
    assert.equal(res.status, 503, what);
    assert.equal(res.body.error.code, "storage_unavailable", what);
    assert.match(res.body.error.message, /Lagringen svarar inte/, what);
    assert.ok(ms < LIMIT_MS, `${what}: ${ms} ms`);
  }

  it("answers 503 with Retry-After within 15 s while storage hangs, and 200 again once it answers", async () => {
    assert.equal((await api(url, "/meetings", { user: coordinator })).status, 200);
    proxy.setMode("hang");
    const read = await timed(() => fetch(`${url}/api/v1/meetings`, { headers: { "X-Dev-User": coordinator } }));
    assert.ok(read.result.headers.get("retry-after"), "Retry-After");
    assertUnavailable({ status: read.result.status, body: await read.result.json() }, read.ms, "read");
    const write = await timed(() => api(url, "/organisations", { user: coordinator, method: "POST", body: { name: "Under avbrottet", kind: "kommun", order: 901 } }));
    assertUnavailable(write.result, write.ms, "write");
    const english = await api(url, "/meetings", { user: coordinator, headers: { "Accept-Language": "en" } });
    assert.match(english.body.error.message, /Storage is not answering/);
    const turn = await timed(() => sendActivity(url, personalMessage(users.aleMember(), "hjälp")));
    assert.ok(turn.ms < LIMIT_MS, `bot turn: ${turn.ms} ms`);
    const told = turn.result.replies.map((r) => String(r.text ?? "")).join(" ") + JSON.stringify(turn.result.body);
    assert.match(told, /Lagringen svarar inte/);

    proxy.setMode("forward");
    assert.equal((await api(url, "/meetings", { user: coordinator })).status, 200);
    const organisations = (await api(url, "/organisations", { user: coordinator })).body.organisations as { name: string; kind: string; order: number }[];
    const written = organisations.filter((o) => o.name === "Under avbrottet");
    assert.ok(written.length <= 1);
    for (const organisation of written) assert.deepEqual([organisation.kind, organisation.order], ["kommun", 901]);
  });

  it("answers 503 within seconds while storage refuses connections, and 200 again after", async () => {
    proxy.setMode("cut");
    const read = await timed(() => api(url, "/meetings", { user: coordinator }));
    assertUnavailable(read.result, read.ms, "read");
    assert.ok(read.ms < 5000, `down: ${read.ms} ms`);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 503);
    proxy.setMode("forward");
    assert.equal((await api(url, "/meetings", { user: coordinator })).status, 200);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
  });
});
