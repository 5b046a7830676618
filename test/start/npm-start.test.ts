import assert from "node:assert/strict";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cardOf, cardText, sendActivity } from "../helpers/bot-client";
import { api } from "../helpers/api-client";
import { personalMessage } from "../helpers/activities";
import { users } from "../helpers/demo-users";
import { freePort, isPortFree } from "../helpers/free-port";

/** Processes still alive in a process group. */
function processesInGroup(pgid: number): string[] {
  const out = execFileSync("ps", ["-eo", "pgid=,pid=,args="], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.trim().split(/\s+/)[0] === String(pgid));
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no /healthz within ${timeoutMs} ms:\n${output()}`);
}

function startApp(port: number, dataDir: string, extraEnv: Record<string, string> = {}) {
  // Its own process group, as a terminal gives it, so that Ctrl-C reaches every process of the tree.
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "info", ...extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  // npm itself may end by the same signal; the app's own process must end cleanly.
  const exited = new Promise<string>((resolve) => child.on("exit", (code, signal) => resolve(code === 0 || signal === "SIGINT" || signal === "SIGTERM" ? "stopped" : `code ${code} signal ${signal}`)));
  return { child, output: () => output, exited };
}

describe("npm start (black box, as the README says)", function () {
  this.timeout(420_000);
  let dataDir: string;
  before(() => (dataDir = mkdtempSync(join(tmpdir(), "natverksmoten-data-"))));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts Azurite and the server, answers 'hjälp', stops cleanly on Ctrl-C, and keeps its data without duplicating the demo", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = startApp(port, dataDir);
    await waitForHealth(url, first.child, first.output);
    const reply = await sendActivity(url, personalMessage(users.aleMember(), "hjälp"));
    assert.match(cardText(cardOf(reply.replies[0])), /Nätverksmöten — hjälp/);
    const created = await api(url, "/organisations", { user: users.coordinator().aadObjectId, method: "POST", body: { name: "Kvarstående kommun", kind: "kommun", order: 999 } });
    assert.equal(created.status, 201);
    const tab = await fetch(`${url}/tab/`);
    assert.equal(tab.status, 200);
    assert.match(await tab.text(), /<div id="root">/);

    process.kill(-first.child.pid!, "SIGINT");
    assert.equal(await first.exited, "stopped", first.output());
    assert.match(first.output(), /"msg":"stopped"/);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(processesInGroup(first.child.pid!), [], "processes left behind");
    assert.equal(await isPortFree(port), true, "port still in use");

    const second = startApp(port, dataDir);
    try {
      await waitForHealth(url, second.child, second.output);
      const organisations = await api(url, "/organisations", { user: users.coordinator().aadObjectId });
      assert.equal(organisations.body.organisations.filter((o: { name: string }) => o.name === "Ale").length, 1, "demo duplicated");
      assert.ok(organisations.body.organisations.some((o: { name: string }) => o.name === "Kvarstående kommun"), "data lost");
      const meetings = await api(url, "/meetings", { user: users.coordinator().aadObjectId });
      assert.equal(meetings.body.meetings.length, 2);
      assert.match(second.output(), /demo network already present/);
    } finally {
      process.kill(-second.child.pid!, "SIGTERM");
      assert.equal(await second.exited, "stopped", second.output());
    }
  });

  it("refuses a bad setting with one line naming it and a non-zero exit", async () => {
    const app = startApp(3978, dataDir, { PORT: "abc" });
    assert.notEqual(await app.exited, "stopped");
    const lines = app.output().split("\n").filter((l) => l.includes("Invalid setting"));
    assert.deepEqual(lines, ["Invalid setting PORT: must be a number"]);
  });
});
