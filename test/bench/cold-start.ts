import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { personalMessage } from "../helpers/activities";
import { sendActivity } from "../helpers/bot-client";
import { users } from "../helpers/demo-users";
import { freePort } from "../helpers/free-port";

/** One start of a server process, from spawn until it answered. */
export interface StartRun {
  /** Wall-clock ms from spawn to the first `200` from `/healthz`. */
  healthyMs: number;
  /** CPU ms (user + system) the process had used by then: less disturbed by other load than wall time. */
  cpuMs: number;
  /** Wall-clock ms from spawn to the bot's answer to a first message (local mode only). */
  firstAnswerMs?: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU ms a process has used so far (Linux /proc), or NaN where that is not available. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return NaN;
  }
}

async function untilHealthy(url: string, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error("the process ended before it was healthy");
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Starts `args` with node in an empty folder (so no `.env` applies), measures it, and stops it. */
async function measureStart(args: string[], env: Record<string, string>, askBot: boolean): Promise<StartRun> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cwd = mkdtempSync(join(tmpdir(), "bench-start-"));
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? "", PORT: String(port), LOG_LEVEL: "silent", NODE_NO_WARNINGS: "1", ...env }, stdio: "ignore" });
  const exit = new Promise((resolve) => child.once("exit", resolve));
  try {
    await untilHealthy(url, () => child.exitCode !== null);
    const run: StartRun = { healthyMs: elapsed(), cpuMs: cpuMsOf(child.pid!) };
    if (askBot) {
      const reply = await sendActivity(url, personalMessage(users.aleMember(), "hjälp"));
      if (reply.replies.length === 0) throw new Error("the bot did not answer");
      run.firstAnswerMs = elapsed();
    }
    return run;
  } finally {
    child.kill("SIGTERM");
    await exit;
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** The baseline: a bare Node process that answers `/healthz` from node:http, nothing loaded. */
export function bareNodeStart(): Promise<StartRun> {
  const script = "require('node:http').createServer((q, s) => s.end('{\"status\":\"ok\"}')).listen(Number(process.env.PORT), '127.0.0.1')";
  return measureStart(["-e", script], {}, false);
}

/** `node dist/bot/src/index.js` with a storage account configured and a bot app id: production mode. */
export function productionStart(entry: string, connectionString: string): Promise<StartRun> {
  return measureStart([entry], { BOT_ID: "bench-app", BOT_PASSWORD: "bench-secret", STORAGE_CONNECTION_STRING: connectionString }, false);
}

/** `node dist/bot/src/index.js` in local mode: embedded Azurite keeping data in `dataDir`, demo network. */
export function localStart(entry: string, dataDir: string): Promise<StartRun> {
  return measureStart([entry], { DATA_DIR: dataDir }, true);
}
