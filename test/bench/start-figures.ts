import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../bot/src/paths";
import { bareNodeStart, localStart, productionStart, type StartRun } from "./cold-start";
import { markdownTable } from "./markdown-table";

const entry = join(projectRoot(__dirname), "dist", "bot", "src", "index.js");
const PRODUCTION_GOAL_MS = 1000;
const LOCAL_GOAL_MS = 1500;

const best = (values: number[]) => Math.min(...values);
const list = (values: number[]) => values.map((v) => Math.round(v)).join(", ");

/**
 * Starts the bundled server `runs` times in production mode (over the bench's Azurite) and in local mode
 * (embedded Azurite, one data folder: the first start seeds the demo), round by round with the bare-Node
 * baseline so that load on the machine hits all three alike. Returns the table.
 */
export async function coldStartTable(connectionString: string, runs: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-local-data-"));
  const bare: StartRun[] = [];
  const production: StartRun[] = [];
  const local: StartRun[] = [];
  try {
    for (let round = 0; round < runs; round += 1) {
      bare.push(await bareNodeStart());
      production.push(await productionStart(entry, connectionString));
      local.push(await localStart(entry, dataDir));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const baseline = best(bare.map((r) => r.healthyMs));
  const row = (name: string, walls: number[], cpu: number[], goalMs?: number) => {
    const fastest = best(walls);
    const goal = goalMs === undefined ? "" : `< ${goalMs} ms: ${fastest < goalMs ? "met" : "not met"}`;
    return [name, String(Math.round(fastest)), list(walls), cpu.length ? list(cpu) : "", (fastest / baseline).toFixed(1), goal];
  };
  return markdownTable(
    ["start (spawn → answer)", `best of ${runs} ms`, "each run ms", "CPU ms at healthy", "best × baseline", "goal (best of three)"],
    [
      row("bare Node answering /healthz (baseline)", bare.map((r) => r.healthyMs), bare.map((r) => r.cpuMs)),
      row("production mode (storage configured) → healthy", production.map((r) => r.healthyMs), production.map((r) => r.cpuMs), PRODUCTION_GOAL_MS),
      row("local mode (embedded Azurite, demo) → healthy", local.map((r) => r.healthyMs), local.map((r) => r.cpuMs), LOCAL_GOAL_MS),
      row("local mode → first bot answer ('hjälp')", local.map((r) => r.firstAnswerMs!), []),
    ],
  );
}
