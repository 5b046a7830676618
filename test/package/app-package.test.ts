import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { buildAppPackage, type BuiltAppPackage } from "../../scripts/app-package/build-app-package";
import { readEnvironment } from "../../scripts/app-package/env-file";
import { MissingValueError, placeholderNames } from "../../scripts/app-package/placeholders";
import { validateManifest } from "../../scripts/app-package/validate-manifest";

const root = join(__dirname, "..", "..");
const appPackageDir = join(root, "appPackage");

/** What provision writes to env/.env.dev after teamsApp/create, aadApp/create and arm/deploy (made-up ids). */
const provisionOutputs = {
  TEAMS_APP_ID: "0f3e5a52-7d1c-4a0e-9a55-1c2b3d4e5f60",
  AAD_APP_CLIENT_ID: "3b9d6c1e-2f4a-4b8c-9d0e-112233445566",
  BOT_ID: "8c7b6a59-4d3e-4f21-8a0b-cc1122334455",
  TAB_DOMAIN: "natmotdev-x7k2.azurewebsites.net",
  TAB_ENDPOINT: "https://natmotdev-x7k2.azurewebsites.net",
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a manifest is arbitrary JSON here
type Json = any;

function png(file: string): PNG {
  return PNG.sync.read(readFileSync(join(appPackageDir, file)));
}

describe("Teams app package (npm run package)", () => {
  let dir: string;
  let built: BuiltAppPackage;
  let manifest: Json;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "app-package-"));
    mkdirSync(join(dir, "env"));
    const envFile = readFileSync(join(root, "env", ".env.dev"), "utf8");
    writeFileSync(join(dir, "env", ".env.ci"), `${envFile}\n${Object.entries(provisionOutputs).map(([k, v]) => `${k}=${v}`).join("\n")}\n`);
    built = await buildAppPackage({ appPackageDir, envName: "ci", values: readEnvironment(join(dir, "env"), "ci"), outDir: join(dir, "build") });
    manifest = built.manifest;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("fills every placeholder from env/.env.dev plus what provision writes", () => {
    const filled = readFileSync(built.manifestPath, "utf8");
    assert.deepEqual(placeholderNames(filled), []);
    assert.doesNotMatch(filled, /\$\{\{/);
    assert.equal(manifest.id, provisionOutputs.TEAMS_APP_ID);
    assert.equal(manifest.name.short, "Nätverksmöten (dev)");
    assert.equal(manifest.bots[0].botId, provisionOutputs.BOT_ID);
    assert.deepEqual(manifest.validDomains, [provisionOutputs.TAB_DOMAIN]);
  });

  it("validates against the bundled JSON schema of a current manifest version, offline", async () => {
    const [major, minor] = String(manifest.manifestVersion).split(".").map(Number);
    assert.ok(major === 1 && minor! >= 22, `manifestVersion ${manifest.manifestVersion}`);
    assert.match(manifest.$schema, new RegExp(`/teams/v${manifest.manifestVersion}/MicrosoftTeams\\.schema\\.json$`));
    assert.deepEqual(await validateManifest(manifest), []);
  });

  it("reports schema problems instead of packaging a broken manifest", async () => {
    const broken = { ...manifest, description: { ...manifest.description, short: "x".repeat(81) }, bots: [{ ...manifest.bots[0], botId: "not-a-guid" }] };
    const problems = await validateManifest(broken);
    assert.ok(problems.some((p) => p.startsWith("/description/short")), problems.join("\n"));
    assert.ok(problems.some((p) => p.startsWith("/bots/0/botId")), problems.join("\n"));
    assert.match((await validateManifest({ ...manifest, manifestVersion: "0.9" }))[0]!, /no bundled schema/);
  });

  it("offers the bot in personal chat, teams and group chats with the Swedish commands", () => {
    const bot = manifest.bots[0];
    assert.deepEqual(bot.scopes, ["personal", "team", "groupChat"]);
    const titles = new Set(bot.commandLists.flatMap((list: Json) => list.commands.map((c: Json) => c.title)));
    assert.deepEqual([...titles].sort(), ["avsluta närvaro", "avsluta runda", "hjälp", "runda", "skicka kallelse", "närvaro"].sort());
    const groupList = bot.commandLists.find((list: Json) => list.scopes.includes("groupChat"));
    assert.ok(groupList.commands.some((c: Json) => c.title === "närvaro"));
  });

  it("has one configurable tab for meetings and chats and a personal tab", () => {
    assert.equal(manifest.configurableTabs.length, 1);
    const tab = manifest.configurableTabs[0];
    assert.equal(tab.configurationUrl, `${provisionOutputs.TAB_ENDPOINT}/tab/config.html`);
    for (const context of ["meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "channelTab", "privateChatTab"]) {
      assert.ok(tab.context.includes(context), context);
    }
    const personal = manifest.staticTabs.find((t: Json) => t.contentUrl);
    assert.equal(personal.contentUrl, `${provisionOutputs.TAB_ENDPOINT}/tab/`);
    assert.deepEqual(personal.scopes, ["personal"]);
  });

  it("names the SSO app and asks only for the meeting RSC permissions the bot uses", () => {
    assert.deepEqual(manifest.webApplicationInfo, {
      id: provisionOutputs.AAD_APP_CLIENT_ID,
      resource: `api://${provisionOutputs.TAB_DOMAIN}/${provisionOutputs.AAD_APP_CLIENT_ID}`,
    });
    const rsc = manifest.authorization.permissions.resourceSpecific.map((p: Json) => `${p.name}:${p.type}`);
    assert.deepEqual(rsc, ["OnlineMeeting.ReadBasic.Chat:Application", "OnlineMeetingParticipant.Read.Chat:Application"]);
  });

  it("zips exactly manifest.json, color.png and outline.png", () => {
    const files = unzipSync(readFileSync(built.zipPath));
    assert.deepEqual(Object.keys(files).sort(), ["color.png", "manifest.json", "outline.png"]);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(files["manifest.json"])), manifest);
    assert.deepEqual(Buffer.from(files["outline.png"]!), readFileSync(join(appPackageDir, "outline.png")));
  });

  it("ships a 192×192 color icon and a 32×32 outline icon that is white on transparent", () => {
    const color = png("color.png");
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = png("outline.png");
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent += 1;
      else {
        drawn += 1;
        assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
      }
    }
    assert.ok(transparent > 512 && drawn > 64, `transparent ${transparent}, drawn ${drawn}`);
  });

  it("stops with a message naming a variable that has no value", async () => {
    const values = { ...readEnvironment(join(dir, "env"), "ci"), BOT_ID: "" };
    await assert.rejects(buildAppPackage({ appPackageDir, envName: "ci", values, outDir: join(dir, "build") }), (error: unknown) => {
      assert.ok(error instanceof MissingValueError);
      assert.deepEqual(error.names, ["BOT_ID"]);
      assert.match(error.message, /no value for BOT_ID/);
      return true;
    });
  });

  it("npm run package fails on the unprovisioned env/.env.dev naming the missing variables", () => {
    const env = { ...process.env };
    for (const key of Object.keys(provisionOutputs)) delete env[key];
    const run = () => execFileSync(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "package-app.ts"), "dev"], { cwd: root, env, stdio: "pipe" });
    assert.throws(run, (error: { status?: number; stderr?: Buffer }) => {
      assert.equal(error.status, 1);
      assert.match(String(error.stderr), /no value for TEAMS_APP_ID.*BOT_ID/);
      assert.match(String(error.stderr), /env\/\.env\.dev/);
      return true;
    });
  });
});
