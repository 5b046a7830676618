import assert from "node:assert/strict";
import { createDefaultHttpClient, type HttpClient, type PipelineRequest } from "@azure/core-rest-pipeline";
import { TableClient, type TransactionAction } from "@azure/data-tables";
import { azuriteConnectionString } from "../../../bot/src/storage/embedded-azurite";
import { StorageCallLog } from "../../../bot/src/storage/storage-calls";
import { TableService } from "../../../bot/src/storage/table-service";
import { submitTransaction, transactionBody, transactionUrls } from "../../../bot/src/storage/table-transaction";
import { startTestStorage, type TestStorage } from "../../helpers/azurite";
import { startStorageProxy } from "../../helpers/storage-proxy";

// Characters a URL treats specially (the body test: / # ? too, which the store refuses in keys), and the
// ones a stored key may have.
const ODD = "a|b c/ö#?%'&+=";
const STORABLE = "a|b c ö%'&+=~";

describe("entity group transactions sent by the app (real Azurite)", () => {
  let storage: TestStorage;
  let client: TableClient;
  const http = createDefaultHttpClient();
  const table = "txcontract";

  before(async () => {
    storage = await startTestStorage();
    client = TableClient.fromConnectionString(storage.connectionString, table, { allowInsecureConnection: true, httpClient: http });
    await client.createTable();
  });
  after(() => storage.stop());

  const value = async (rowKey: string) => (await client.getEntity<{ v?: string; n?: number }>("p", rowKey).catch(() => undefined));

  it("sends the body @azure/data-tables sends for the same actions, byte for byte", async () => {
    const actions: TransactionAction[] = [
      ["create", { partitionKey: ODD, rowKey: ODD, s: "x", n: 5, d: 1.5, b: true, z: null }],
      ["update", { partitionKey: ODD, rowKey: "r2", s: "y" }, "Replace", { etag: `W/"datetime'2026-01-01T00%3A00%3A00.0000000Z'"` }],
      ["update", { partitionKey: ODD, rowKey: "r3" }, "Merge", { etag: `W/"x"` }],
      ["upsert", { partitionKey: ODD, rowKey: "r4", s: "z" }, "Replace"],
      ["upsert", { partitionKey: ODD, rowKey: "r5", s: "z" }, "Merge"],
      ["delete", { partitionKey: ODD, rowKey: "r6" }],
    ];
    let sent: PipelineRequest | undefined;
    const capture: HttpClient = { sendRequest: async (request) => ((sent = request), { request, status: 202, headers: request.headers, bodyAsText: "" }) };
    const sdk = TableClient.fromConnectionString(storage.connectionString, table, { allowInsecureConnection: true, httpClient: capture });
    await sdk.submitTransaction(actions);
    const sdkBody = String(sent!.body);
    const [batch, changeset] = [/--batch_([0-9a-f-]+)/.exec(sdkBody)![1]!, /changeset_([0-9a-f-]+)/.exec(sdkBody)![1]!];
    const ours = transactionBody(`${client.url}/${table}`, actions, { batch, changeset });
    assert.equal(ours.body, sdkBody);
    assert.equal(sent!.headers.get("content-type"), `multipart/mixed; boundary=${ours.boundary}`);
  });

  it("sends a shared access signature after $batch, never in a sub-request, as the SDK does", async () => {
    const sas = "sv=2019-02-02&ss=t&srt=sco&sp=rwdlacu&se=2030-01-01T00%3A00%3A00Z&sig=abc%3D";
    let sent: PipelineRequest | undefined;
    const capture: HttpClient = { sendRequest: async (request) => ((sent = request), { request, status: 202, headers: request.headers, bodyAsText: "" }) };
    const sdk = TableClient.fromConnectionString(`TableEndpoint=https://acct.table.core.windows.net/;SharedAccessSignature=${sas}`, table, { httpClient: capture });
    const actions: TransactionAction[] = [["upsert", { partitionKey: "p", rowKey: "r", v: "1" }, "Replace"]];
    await sdk.submitTransaction(actions);
    const urls = transactionUrls(sdk.url, table);
    assert.equal(urls.batchUrl, sent!.url);
    const sdkBody = String(sent!.body);
    const [batch, changeset] = [/--batch_([0-9a-f-]+)/.exec(sdkBody)![1]!, /changeset_([0-9a-f-]+)/.exec(sdkBody)![1]!];
    assert.equal(transactionBody(urls.tableUrl, actions, { batch, changeset }).body, sdkBody);
    assert.doesNotMatch(sdkBody, /sig=/);
  });

  it("applies every kind of action at once and answers each one's stored eTag in their order", async () => {
    await client.createEntity({ partitionKey: "p", rowKey: "old", v: "1" });
    await client.createEntity({ partitionKey: "p", rowKey: "gone", v: "1" });
    const old = await value("old");
    const result = await submitTransaction(client, http, [
      ["create", { partitionKey: "p", rowKey: STORABLE, v: "new", n: 7 }],
      ["update", { partitionKey: "p", rowKey: "old", v: "2" }, "Replace", { etag: old!.etag }],
      ["upsert", { partitionKey: "p", rowKey: "up", v: "3" }, "Replace"],
      ["delete", { partitionKey: "p", rowKey: "gone" }],
    ]);
    assert.deepEqual(result.subResponses.map((r) => r.status), [204, 204, 204, 204]);
    const [created, replaced, upserted] = await Promise.all([value(STORABLE), value("old"), value("up")]);
    assert.deepEqual([created?.v, created?.n, replaced?.v, upserted?.v], ["new", 7, "2", "3"]);
    assert.deepEqual(result.subResponses.slice(0, 3).map((r) => r.etag), [created!.etag, replaced!.etag, upserted!.etag]);
    assert.equal(await value("gone"), undefined);
  });

  it("refuses the whole transaction as the store answers: 409 taken, 412 changed, 404 missing; nothing is applied", async () => {
    await client.createEntity({ partitionKey: "p", rowKey: "taken", v: "1" });
    const stale = (await value("taken"))!.etag;
    await client.updateEntity({ partitionKey: "p", rowKey: "taken", v: "2" }, "Replace");
    const cases: [TransactionAction, number][] = [
      [["create", { partitionKey: "p", rowKey: "taken", v: "x" }], 409],
      [["update", { partitionKey: "p", rowKey: "taken", v: "x" }, "Replace", { etag: stale }], 412],
      [["update", { partitionKey: "p", rowKey: "missing", v: "x" }, "Merge"], 404],
    ];
    for (const [refused, status] of cases) {
      await assert.rejects(submitTransaction(client, http, [["upsert", { partitionKey: "p", rowKey: "witness", v: "x" }, "Replace"], refused]), (error: { statusCode?: number }) => error.statusCode === status);
      assert.equal(await value("witness"), undefined, `nothing applied (${status})`);
    }
    assert.equal((await value("taken"))?.v, "2");
  });

  it("refuses a property of a type the app does not store before sending anything", async () => {
    const sent: unknown[] = [];
    const counting: HttpClient = { sendRequest: (request) => (sent.push(request), http.sendRequest(request)) };
    await assert.rejects(submitTransaction(client, counting, [["create", { partitionKey: "p", rowKey: "date", at: new Date(0) }]]), /type the app does not store/);
    assert.equal(sent.length, 0);
  });

  it("goes through the table client's pipeline: observed, and given up after the try timeout while the store hangs", async function () {
    this.timeout(20_000);
    const proxy = await startStorageProxy(storage.azurite.url);
    const calls = new StorageCallLog();
    const service = new TableService({ kind: "connection-string", connectionString: azuriteConnectionString(proxy.url) }, 300, calls.observe);
    try {
      await service.transaction(table, [["upsert", { partitionKey: "p", rowKey: "through", v: "1" }, "Replace"]]);
      assert.ok(calls.since(0).some((c) => c.method === "POST" && c.path.startsWith("$batch")), "the $batch request was observed");
      assert.equal((await value("through"))?.v, "1");
      proxy.setMode("hang");
      const started = Date.now();
      await assert.rejects(service.transaction(table, [["upsert", { partitionKey: "p", rowKey: "hung", v: "1" }, "Replace"]]));
      assert.ok(Date.now() - started < 10_000, `gave up after ${Date.now() - started} ms`);
    } finally {
      await proxy.stop();
    }
  });
});
