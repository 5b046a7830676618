import { readdirSync } from "node:fs";
import { join } from "node:path";
import { StorageCallLog } from "../../bot/src/storage/storage-calls";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestServer } from "../helpers/test-server";
import { rawUpsertBaseline } from "./baseline";
import { percentile, type BenchEnvironment, type Measurement, type Scenario } from "./scenario";

/** Every `scenario` exported by a file in test/bench/scenarios/, in file-name order (a new file needs no edit here). */
async function loadScenarios(): Promise<Scenario[]> {
  const dir = join(__dirname, "scenarios");
  // BENCH_ONLY=<part of a file name> runs only the matching scenarios (while working on one).
  const only = process.env.BENCH_ONLY;
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && (!only || f.includes(only))).sort();
  const modules = await Promise.all(files.map((f) => import(join(dir, f)) as Promise<{ scenario?: Scenario; default?: { scenario?: Scenario } }>));
  return modules.map((m, i) => {
    const scenario = m.scenario ?? m.default?.scenario;
    if (!scenario) throw new Error(`${files[i]} exports no \`scenario\``);
    return scenario;
  });
}

function table(baseline: Measurement, measurements: readonly Measurement[]): string {
  const base50 = percentile(baseline.samplesMs, 50);
  const base95 = percentile(baseline.samplesMs, 95);
  const header = ["scenario", "n", "p50 ms", "p95 ms", "p50 × baseline", "p95 × baseline", "note"];
  const rows = [baseline, ...measurements].map((m) => {
    const p50 = percentile(m.samplesMs, 50);
    const p95 = percentile(m.samplesMs, 95);
    return [m.name, String(m.samplesMs.length), p50.toFixed(1), p95.toFixed(1), (p50 / base50).toFixed(1), (p95 / base95).toFixed(1), m.note ?? ""];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const storageCalls = new StorageCallLog();
  const server = await startTestServer({ observeStorage: storageCalls.observe });
  const connector = new FakeConnector();
  await connector.start();
  const env: BenchEnvironment = { server, connector, storageCalls };
  try {
    const baseline = await rawUpsertBaseline(env);
    const measurements: Measurement[] = [];
    for (const scenario of await loadScenarios()) {
      process.stderr.write(`running ${scenario.name} …\n`);
      measurements.push(...(await scenario.run(env)));
    }
    process.stdout.write(`${table(baseline, measurements)}\n`);
    process.stdout.write(`Baseline: one raw upsert into the same in-memory Azurite, measured in this run (Node ${process.version}).\n`);
  } finally {
    await server.stop();
    await connector.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
