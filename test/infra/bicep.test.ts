import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { systemClock } from "../../bot/src/domain/clock";
import pino from "pino";
import { loadConfig } from "../../bot/src/config";
import { TABLES, createTableStores } from "../../bot/src/storage/table-stores";
import { createBot } from "../../bot/src/teams/bot-app";
import { objectKeys, propertyValue, readBicep, type BicepSource, type Declaration } from "./bicep-source";

const infra = join(__dirname, "..", "..", "infra");
const main = readBicep(join(infra, "main.bicep"));
const moduleOf = (name: string): BicepSource => readBicep(join(infra, main.modules.find((m) => m.name === name)!.kind));
const resource = (source: BicepSource, type: string): Declaration => {
  const found = source.resources.find((r) => r.kind === type);
  assert.ok(found, `no resource of type ${type}`);
  return found;
};
const nested = (body: string, key: string): string => {
  const at = new RegExp(`^\\s*${key}:\\s*\\{`, "m").exec(body);
  assert.ok(at, `no ${key}: { … }`);
  const rest = body.slice(at.index);
  let depth = 0;
  for (let i = rest.indexOf("{"); i < rest.length; i++) {
    if (rest[i] === "{") depth += 1;
    if (rest[i] === "}" && --depth === 0) return rest.slice(rest.indexOf("{") + 1, i);
  }
  return rest;
};

/** Settings that App Service or its Application Insights agent read, not the app. */
const PLATFORM_SETTINGS = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION", "SCM_DO_BUILD_DURING_DEPLOYMENT", "WEBSITE_RUN_FROM_PACKAGE"];

describe("infra/ Bicep (checked as text: no Bicep compiler can be installed here)", () => {
  it("has matching brackets, closed strings and no unknown syntax in every .bicep file", () => {
    const files = ["main.bicep", ...readdirSync(join(infra, "modules")).map((f) => join("modules", f))];
    assert.ok(files.length >= 6, files.join(", "));
    for (const file of files) assert.deepEqual(readBicep(join(infra, file)).problems, [], file);
  });

  it("passes each module exactly the parameters it declares, and every required one", () => {
    assert.deepEqual(main.modules.map((m) => m.name).sort(), ["app", "bot", "identity", "monitoring", "storage"]);
    for (const module of main.modules) {
      const file = join(infra, module.kind);
      assert.ok(existsSync(file), `${module.kind} missing`);
      const declared = readBicep(file).params;
      const passed = objectKeys(nested(module.body, "params"));
      for (const name of passed) assert.ok(declared.some((p) => p.name === name), `${module.kind} has no param ${name}`);
      for (const p of declared.filter((d) => !d.hasDefault)) assert.ok(passed.includes(p.name), `${module.kind} needs ${p.name}`);
    }
  });

  it("uses only module outputs that the modules declare", () => {
    for (const use of main.code.matchAll(/\b(\w+)\.outputs\.(\w+)/g)) {
      const outputs = moduleOf(use[1]!).outputs.map((o) => o.name);
      assert.ok(outputs.includes(use[2]!), `${use[1]} has no output ${use[2]}`);
    }
  });

  it("has an Agents Toolkit parameters file: ${{VAR}} values for declared parameters, every required one given", () => {
    const file = JSON.parse(readFileSync(join(infra, "main.parameters.json"), "utf8"));
    assert.match(file.$schema, /deploymentParameters\.json#$/);
    const given = Object.keys(file.parameters);
    for (const name of given) {
      assert.ok(main.params.some((p) => p.name === name), `main.bicep has no param ${name}`);
      assert.match(file.parameters[name].value, /^\$\{\{[A-Z_]+\}\}$/, name);
    }
    for (const p of main.params.filter((d) => !d.hasDefault)) assert.ok(given.includes(p.name), `parameters file lacks ${p.name}`);
  });

  it("creates the resources of DESIGN §7", () => {
    const types = [main, ...main.modules.map((m) => moduleOf(m.name))].flatMap((s) => s.resources.map((r) => r.kind));
    for (const type of [
      "Microsoft.ManagedIdentity/userAssignedIdentities",
      "Microsoft.Web/serverfarms",
      "Microsoft.Web/sites",
      "Microsoft.Web/sites/config",
      "Microsoft.BotService/botServices",
      "Microsoft.BotService/botServices/channels",
      "Microsoft.Storage/storageAccounts",
      "Microsoft.Storage/storageAccounts/tableServices",
      "Microsoft.Storage/storageAccounts/tableServices/tables",
      "Microsoft.Authorization/roleAssignments",
      "Microsoft.Insights/components",
      "Microsoft.OperationalInsights/workspaces",
    ]) {
      assert.ok(types.includes(type), type);
    }
  });

  it("runs a Linux web app on Node 20 with HTTPS only, the /healthz health check and the built server", () => {
    const app = moduleOf("app");
    assert.equal(propertyValue(resource(app, "Microsoft.Web/serverfarms").body, "reserved"), "true");
    const site = resource(app, "Microsoft.Web/sites").body;
    assert.equal(propertyValue(site, "kind"), "'app,linux'");
    assert.equal(propertyValue(site, "httpsOnly"), "true");
    assert.equal(propertyValue(site, "type"), "'UserAssigned'");
    assert.equal(propertyValue(site, "linuxFxVersion"), "'NODE|20-lts'");
    assert.equal(propertyValue(site, "healthCheckPath"), "'/healthz'");
    assert.equal(propertyValue(site, "appCommandLine"), "'node dist/bot/src/index.js'");
    const packageJson = JSON.parse(readFileSync(join(infra, "..", "package.json"), "utf8"));
    assert.match(packageJson.scripts.start, /node dist\/bot\/src\/index\.js/);
  });

  describe("web app settings", () => {
    const app = moduleOf("app");
    const settings = nested(resource(app, "Microsoft.Web/sites/config").body, "properties");
    const names = objectKeys(settings);

    it("are the settings of DESIGN §9 that config.ts reads, plus the platform's own", () => {
      const configSource = readFileSync(join(__dirname, "..", "..", "bot", "src", "config.ts"), "utf8");
      for (const name of names.filter((n) => !PLATFORM_SETTINGS.includes(n))) {
        assert.match(configSource, new RegExp(`^\\s+${name}: `, "m"), `config.ts does not read ${name}`);
      }
      assert.deepEqual(
        names.filter((n) => !PLATFORM_SETTINGS.includes(n)).sort(),
        [
          "AZURE_CLIENT_ID", "BOT_ID", "BOT_TENANT_ID", "BOT_TYPE", "DEMO_DATA",
          "FIRST_COORDINATOR_EMAIL", "FIRST_COORDINATOR_ID", "FIRST_COORDINATOR_NAME", "FIRST_COORDINATOR_ORGANISATION",
          "GRAPH_CLIENT_ID", "GRAPH_CREDENTIAL", "GRAPH_NOTIFICATION_URL", "GRAPH_ORGANIZER", "GRAPH_TEAMS_APP_ID", "GRAPH_TENANT_ID", "NETWORK_NAME", "NETWORK_PLACE",
          "PUBLIC_URL", "STORAGE_ACCOUNT_URL", "TAB_APP_ID", "TAB_APP_ID_URI", "TAB_TENANT_IDS",
        ],
      );
      assert.ok(!names.includes("PORT"), "App Service sets PORT");
      assert.ok(!names.includes("BOT_PASSWORD"), "a managed-identity bot has no password");
    });

    it("start the app in managed-identity mode with the identity as bot and storage client", () => {
      // Evaluate the setting expressions with sample values for the module's parameters.
      const samples: Record<string, string> = {
        identityClientId: "8c7b6a59-4d3e-4f21-8a0b-cc1122334455",
        identityTenantId: "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
        storageAccountUrl: "https://natmotdevx7k2.table.core.windows.net",
        appInsightsConnectionString: "InstrumentationKey=00000000-0000-0000-0000-000000000000",
        tabAppId: "3b9d6c1e-2f4a-4b8c-9d0e-112233445566",
        tabTenantIds: "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
        "site.properties.defaultHostName": "natmotdev-x7k2.azurewebsites.net",
        networkName: "Välfärdsnätverket Öst",
        networkPlace: "",
        firstCoordinatorId: "7f3c2a10-5b4d-4e6f-8a9b-0c1d2e3f4a5b",
        firstCoordinatorName: "Sanna Lindqvist",
        firstCoordinatorEmail: "sanna.lindqvist@example.org",
        firstCoordinatorOrganisation: "Regionförbundet Östra",
        graphOrganizer: "natverksmoten@example.org",
        graphTeamsAppId: "a1b2c3d4-0000-4000-8000-00000000a991",
      };
      const evaluate = (expression: string): string => {
        const quoted = /^'(.*)'$/.exec(expression);
        const value = quoted ? quoted[1]!.replace(/\$\{([^}]+)\}/g, (_, e: string) => samples[e] ?? `<${e}>`) : samples[expression];
        assert.ok(value !== undefined && !value.includes("<"), `cannot evaluate ${expression}`);
        return value;
      };
      const env = Object.fromEntries(names.map((name) => [name, evaluate(propertyValue(settings, name)!)]));
      const config = loadConfig(env, undefined);
      assert.equal(config.localMode, false);
      assert.equal(config.demoData, false);
      assert.deepEqual(config.storage, { kind: "account-url", url: samples.storageAccountUrl, managedIdentityClientId: samples.identityClientId });
      assert.deepEqual(config.bot, { appId: samples.identityClientId, password: undefined, tenantId: samples.identityTenantId, type: "UserAssignedMSI", openIdMetadataUrl: undefined });
      assert.equal(config.tab.appIdUri, `api://${samples["site.properties.defaultHostName"]}/${samples.tabAppId}`);
      assert.equal(config.publicUrl, `https://${samples["site.properties.defaultHostName"]}`);
      assert.equal(config.firstNetwork?.tenantId, samples.identityTenantId, "the first network lives in the bot's tenant");
      assert.equal(config.firstNetwork?.place, "Digitalt via Teams", "an empty place parameter means the default");
      assert.deepEqual(config.graphApp?.credential, { kind: "managed-identity", clientId: samples.tabAppId, managedIdentityClientId: samples.identityClientId }, "Graph through the identity's federated credential");
      assert.equal(config.graphApp?.notificationUrl, `https://${samples["site.properties.defaultHostName"]}/api/v1/graph/notifications`);

      // botbuilder then takes its tokens from the managed identity (internal names of botbuilder 4.23).
      const bot = createBot({ config, stores: createTableStores({ kind: "connection-string", connectionString: "UseDevelopmentStorage=true" }), logger: pino({ level: "silent" }), clock: systemClock });
      const auth = bot.adapter as unknown as { botFrameworkAuthentication: { inner: { credentialsFactory: { inner: object } } } };
      assert.equal(auth.botFrameworkAuthentication.inner.credentialsFactory.inner.constructor.name, "ManagedIdentityServiceClientCredentialsFactory");
    });
  });

  it("creates the tables that table-stores.ts uses", () => {
    const tables = /var tableNames = \[([^\]]*)\]/.exec(main.code)?.[1]?.match(/'([^']+)'/g)?.map((t) => t.slice(1, -1));
    assert.deepEqual(tables?.sort(), Object.values(TABLES).sort());
    const storage = moduleOf("storage");
    assert.match(resource(storage, "Microsoft.Storage/storageAccounts/tableServices/tables").body, /name: tableName/);
    assert.match(storage.code, /\[for tableName in tableNames:/);
  });

  it("locks the storage account down and lets only the identity in, as Storage Table Data Contributor", () => {
    const storage = moduleOf("storage");
    const account = resource(storage, "Microsoft.Storage/storageAccounts").body;
    assert.equal(propertyValue(account, "minimumTlsVersion"), "'TLS1_2'");
    assert.equal(propertyValue(account, "allowBlobPublicAccess"), "false");
    assert.equal(propertyValue(account, "allowSharedKeyAccess"), "false");
    assert.match(storage.code, /var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
    const role = resource(storage, "Microsoft.Authorization/roleAssignments").body;
    assert.equal(propertyValue(role, "principalId"), "dataContributorPrincipalId");
    assert.equal(propertyValue(role, "principalType"), "'ServicePrincipal'");
    assert.equal(propertyValue(nested(main.modules.find((m) => m.name === "storage")!.body, "params"), "dataContributorPrincipalId"), "identity.outputs.principalId");
  });

  it("keeps uploaded material in a private blob container, scanned for malware on upload, written only by the identity", () => {
    const storage = moduleOf("storage");
    assert.equal(propertyValue(nested(resource(storage, "Microsoft.Storage/storageAccounts/blobServices/containers").body, "properties"), "publicAccess"), "'None'");
    assert.match(resource(storage, "Microsoft.Storage/storageAccounts/blobServices/containers").body, /name: 'material'/);
    const defender = resource(storage, "Microsoft.Security/defenderForStorageSettings").body;
    assert.match(defender, /malwareScanning: \{\s*onUpload: \{\s*isEnabled: true/);
    assert.match(storage.code, /var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'/);
    assert.match(storage.code, /roleDefinitions', blobDataContributorRoleId\)/);
  });

  it("registers the Azure Bot under the managed identity, on the web app's /api/messages, with the Teams channel", () => {
    const bot = moduleOf("bot");
    const service = resource(bot, "Microsoft.BotService/botServices").body;
    assert.equal(propertyValue(service, "kind"), "'azurebot'");
    assert.equal(propertyValue(service, "msaAppType"), "'UserAssignedMSI'");
    assert.equal(propertyValue(service, "msaAppId"), "identityClientId");
    assert.equal(propertyValue(service, "msaAppMSIResourceId"), "identityResourceId");
    assert.equal(propertyValue(service, "msaAppTenantId"), "identityTenantId");
    assert.equal(propertyValue(resource(bot, "Microsoft.BotService/botServices/channels").body, "channelName"), "'MsTeamsChannel'");
    const params = nested(main.modules.find((m) => m.name === "bot")!.body, "params");
    assert.equal(propertyValue(params, "messagingEndpoint"), "'https://${app.outputs.hostName}/api/messages'");
    assert.equal(propertyValue(params, "identityClientId"), "identity.outputs.clientId");
  });

  it("outputs what the manifest and the deploy step need, the bot id being the identity's client id", () => {
    const outputs = Object.fromEntries(main.outputs.map((o) => [o.name, o.body]));
    assert.equal(outputs.BOT_ID, "identity.outputs.clientId");
    assert.equal(outputs.TAB_ENDPOINT, "'https://${app.outputs.hostName}'");
    assert.equal(outputs.TAB_DOMAIN, "app.outputs.hostName");
    assert.equal(outputs.AZURE_APP_SERVICE_RESOURCE_ID, "app.outputs.id");
    assert.equal(dirname(main.modules.find((m) => m.name === "app")!.kind), "modules");
  });
});
