import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { parse } from "yaml";
import { loadConfig } from "../../bot/src/config";
import { placeholderNames } from "../../scripts/app-package/placeholders";
import { readBicep } from "./bicep-source";

const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy: Action[];
  publish?: Action[];
}

const projects = {
  dev: { file: "m365agents.yml", env: "env/.env.dev" },
  local: { file: "m365agents.local.yml", env: "env/.env.local" },
} as const;

function project(file: string): Project {
  return parse(read(file)) as Project;
}

/** Variables an action writes besides its writeToEnvironmentFile (Agents Toolkit documentation). */
function implicitOutputs(action: Action): string[] {
  if (action.uses === "teamsApp/create") return ["TEAMS_APP_TENANT_ID"];
  if (action.uses === "aadApp/update") return ["AAD_APP_ACCESS_AS_USER_PERMISSION_ID"];
  if (action.uses === "arm/deploy") {
    const templates = action.with!.templates as { path: string }[];
    return templates.flatMap((t) => readBicep(join(root, t.path)).outputs.map((o) => o.name.toUpperCase()));
  }
  return [];
}

/** The placeholders an action depends on: in its own inputs and in the files it fills. */
function usedBy(action: Action): { where: string; names: string[] }[] {
  const uses = [{ where: `${action.uses} inputs`, names: placeholderNames(JSON.stringify(action.with ?? {})) }];
  const files = [action.with?.manifestPath, ...((action.with?.templates as { parameters: string }[] | undefined) ?? []).map((t) => t.parameters)];
  for (const file of files.filter((f): f is string => typeof f === "string")) uses.push({ where: file, names: placeholderNames(read(file)) });
  return uses;
}

describe("Agents Toolkit project files (m365agents.yml, m365agents.local.yml)", () => {
  for (const [name, { file, env }] of Object.entries(projects)) {
    describe(file, () => {
      const yml = project(file);
      const actions = (stage: Action[] | undefined) => (stage ?? []).map((a) => a.uses);

      it("is a current v1.x project file with its schema", () => {
        assert.match(yml.version, /^v1\.\d+$/);
        assert.match(read(file).split("\n")[0]!, new RegExp(`^# yaml-language-server: \\$schema=https://aka\\.ms/m365-agents-toolkits/${yml.version.replace(".", "\\.")}/yaml\\.schema\\.json$`));
      });

      it("defines every ${{VAR}} before an action or a file it fills needs it", () => {
        const defined = new Set(Object.keys(parseEnv(read(env))));
        for (const stage of [yml.provision, yml.deploy]) {
          for (const action of stage) {
            for (const { where, names } of usedBy(action)) {
              const selfMade = action.uses === "aadApp/update" ? implicitOutputs(action) : [];
              for (const variable of names) assert.ok(defined.has(variable) || selfMade.includes(variable), `${file}: ${where} uses \${{${variable}}}, which ${env} and the earlier actions don't define`);
            }
            for (const output of [...Object.values(action.writeToEnvironmentFile ?? {}), ...implicitOutputs(action)]) defined.add(output);
          }
        }
      });

      it("defines every ${{VAR}} of the Teams manifest from the environment file and the provision outputs", () => {
        const defined = new Set([...Object.keys(parseEnv(read(env))), ...yml.provision.flatMap((a) => [...Object.values(a.writeToEnvironmentFile ?? {}), ...implicitOutputs(a)])]);
        for (const variable of placeholderNames(read("appPackage/manifest.json"))) assert.ok(defined.has(variable), variable);
      });

      it("creates, validates, zips and uploads the Teams app and the SSO app registration", () => {
        const provision = actions(yml.provision);
        for (const uses of ["teamsApp/create", "aadApp/create", "aadApp/update", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/update"]) assert.ok(provision.includes(uses), uses);
        assert.ok(provision.indexOf("teamsApp/zipAppPackage") < provision.indexOf("teamsApp/update"));
        const zip = yml.provision.find((a) => a.uses === "teamsApp/zipAppPackage")!.with!;
        assert.equal(zip.manifestPath, "./appPackage/manifest.json");
        assert.equal(zip.outputZipPath, "./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip");
        const sso = yml.provision.find((a) => a.uses === "aadApp/create" && a.writeToEnvironmentFile?.clientId === "AAD_APP_CLIENT_ID");
        assert.ok(sso, "an aadApp/create writes AAD_APP_CLIENT_ID");
        assert.equal(sso.with!.generateClientSecret, false);
        assert.equal(yml.provision.find((a) => a.uses === "aadApp/update")!.with!.manifestPath, "./aad.manifest.json");
      });

      if (name === "dev") {
        it("provisions Azure with infra/main.bicep and deploys with npm ci, npm run build and zip deploy", () => {
          const arm = yml.provision.find((a) => a.uses === "arm/deploy")!;
          const [template] = arm.with!.templates as { path: string; parameters: string }[];
          assert.ok(existsSync(join(root, template!.path)) && existsSync(join(root, template!.parameters)));
          assert.equal(template!.path, "./infra/main.bicep");
          assert.ok(actions(yml.provision).indexOf("arm/deploy") < actions(yml.provision).indexOf("aadApp/update"), "the SSO API needs the web app's host name");
          assert.deepEqual(yml.deploy.filter((a) => a.uses === "cli/runNpmCommand").map((a) => a.with!.args), ["ci", "run build"]);
          const zipDeploy = yml.deploy.find((a) => a.uses === "azureAppService/zipDeploy")!.with!;
          assert.equal(zipDeploy.resourceId, "${{AZURE_APP_SERVICE_RESOURCE_ID}}");
          assert.ok(existsSync(join(root, String(zipDeploy.ignoreFile))));
          assert.ok(!actions(yml.provision).includes("botFramework/create"), "Azure has the Azure Bot resource instead");
        });
      } else {
        it("registers the bot at the dev tunnel and writes the server's .env for npm start", () => {
          const register = yml.provision.find((a) => a.uses === "botFramework/create")!.with!;
          assert.equal(register.messagingEndpoint, "${{TAB_ENDPOINT}}/api/messages");
          assert.deepEqual(register.channels, [{ name: "msteams" }]);
          const botApp = yml.provision.find((a) => a.writeToEnvironmentFile?.clientId === "BOT_ID")!;
          assert.equal(botApp.writeToEnvironmentFile!.clientSecret, "SECRET_BOT_PASSWORD");
          const envFile = yml.deploy.find((a) => a.uses === "file/createOrUpdateEnvironmentFile")!.with!;
          assert.equal(envFile.target, "./.env");
          const values = Object.fromEntries(Object.entries(envFile.envs as Record<string, string>).map(([k, v]) => [k, v.replace(/\$\{\{(\w+)\}\}/g, (_, n: string) => (n.endsWith("DOMAIN") ? "abc-3978.euw.devtunnels.ms" : n.endsWith("ENDPOINT") ? "https://abc-3978.euw.devtunnels.ms" : "c0ffee00-0000-4000-8000-000000000001"))]));
          const config = loadConfig(values, undefined);
          assert.equal(config.localMode, false);
          assert.equal(config.bot.type, "MultiTenant");
          assert.ok(config.bot.password);
          assert.equal(config.tab.appIdUri, "api://abc-3978.euw.devtunnels.ms/c0ffee00-0000-4000-8000-000000000001");
        });
      }
    });
  }

  it("keeps secrets out of git: no SECRET_ values in env/, and the .user files and .env are ignored", () => {
    for (const { env } of Object.values(projects)) {
      for (const [key, value] of Object.entries(parseEnv(read(env)))) assert.ok(!key.startsWith("SECRET_") && !/PASSWORD|SECRET|KEY/.test(key), `${env}: ${key}=${value}`);
    }
    const ignored = execFileSync("git", ["check-ignore", "env/.env.dev.user", "env/.env.local.user", ".env"], { cwd: root, encoding: "utf8" });
    assert.deepEqual(ignored.trim().split("\n"), ["env/.env.dev.user", "env/.env.local.user", ".env"]);
  });

  it("exposes the SSO API as api://<domain>/<client id> with access_as_user for the Teams clients", () => {
    const aad = JSON.parse(read("aad.manifest.json"));
    assert.deepEqual(aad.identifierUris, ["api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}"]);
    assert.equal(aad.api.requestedAccessTokenVersion, 2);
    const [scope] = aad.api.oauth2PermissionScopes;
    assert.equal(scope.value, "access_as_user");
    assert.deepEqual(
      aad.api.preAuthorizedApplications.map((p: { appId: string; delegatedPermissionIds: string[] }) => [p.appId, p.delegatedPermissionIds]),
      [
        ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", [scope.id]],
        ["5e3ce6c0-2b1f-4285-8d4b-75ee78787346", [scope.id]],
      ],
    );
    const manifest = JSON.parse(read("appPackage/manifest.json"));
    assert.equal(manifest.webApplicationInfo.resource, aad.identifierUris[0]);
    assert.equal(manifest.webApplicationInfo.id, aad.appId);
  });
});
