import assert from "node:assert/strict";
import { loadConfig } from "../../../bot/src/config";

const load = (env: Record<string, string>) => loadConfig(env, undefined);

describe("Graph settings", () => {
  it("are off without GRAPH_ORGANIZER: the app works with cards only", () => {
    assert.equal(load({}).graphApp, undefined);
  });

  it("name the missing setting", () => {
    assert.throws(() => load({ GRAPH_ORGANIZER: "moten@example.org" }), /Invalid setting GRAPH_TENANT_ID/);
    assert.throws(() => load({ GRAPH_ORGANIZER: "moten@example.org", GRAPH_TENANT_ID: "t" }), /Invalid setting GRAPH_CLIENT_ID/);
    assert.throws(() => load({ GRAPH_ORGANIZER: "moten@example.org", GRAPH_TENANT_ID: "t", GRAPH_CLIENT_ID: "c", GRAPH_CREDENTIAL: "certificate" }), /Invalid setting GRAPH_CERTIFICATE_PATH/);
    assert.throws(() => load({ GRAPH_ORGANIZER: "not a mailbox" }), /Invalid setting GRAPH_ORGANIZER/);
    assert.throws(() => load({ GRAPH_ORGANIZER: "moten@example.org", GRAPH_NOTIFICATION_URL: "http://example.org/api/v1/graph/notifications" }), /Invalid setting GRAPH_NOTIFICATION_URL/);
  });

  it("choose the credential from what is given: secret, certificate, or the managed identity's federated credential", () => {
    const base = { GRAPH_ORGANIZER: "moten@example.org", BOT_TENANT_ID: "tenant", TAB_APP_ID: "tab-app" };
    assert.deepEqual(load({ ...base, GRAPH_CLIENT_SECRET: "s" }).graphApp!.credential, { kind: "secret", clientId: "tab-app", clientSecret: "s" });
    assert.deepEqual(load({ ...base, GRAPH_CERTIFICATE_PATH: "/certs/app.pem" }).graphApp!.credential, { kind: "certificate", clientId: "tab-app", certificatePath: "/certs/app.pem" });
    assert.deepEqual(load({ ...base, AZURE_CLIENT_ID: "mi" }).graphApp!.credential, { kind: "managed-identity", clientId: "tab-app", managedIdentityClientId: "mi" });
    const graph = load({ ...base, GRAPH_CLIENT_SECRET: "s" }).graphApp!;
    assert.equal(graph.tenantId, "tenant");
    assert.equal(graph.baseUrl, "https://graph.microsoft.com/v1.0");
    assert.equal(graph.pollMinutes, 5);
  });

  it("turn on the local demo (the built-in stub) only in local mode", () => {
    assert.equal(load({ GRAPH_DEMO: "true" }).graphApp!.demo, true);
    assert.equal(load({ GRAPH_DEMO: "true", BOT_ID: "b", BOT_PASSWORD: "p" }).graphApp, undefined);
  });
});
