import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../bot/src/paths";
import { StorageCallLog } from "../../bot/src/storage/storage-calls";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestServer } from "../helpers/test-server";
import { rawUpsertBaseline } from "./baseline";
import { percentile, type BenchEnvironment, type Measurement, type Scenario } from "./scenario";
import { coldStartTable } from "./start-figures";
import { tabTable } from "./tab-figures";

const root = projectRoot(__dirname);
/** `--tiny` (what `npm test` runs): one sample where the full run takes three or hundreds; no results file. */
const tiny = process.argv.includes("--tiny");
/** BENCH_ONLY=<part of a file name> runs only the matching request scenarios (while working on one): no start or tab figures, no results file. */
const only = process.env.BENCH_ONLY;

/** Every `scenario` exported by a file in test/bench/scenarios/, in file-name order (a new file needs no edit here). */
async function loadScenarios(): Promise<Scenario[]> {
  const dir = join(__dirname, "scenarios");
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
    const fixed = (value: number) => (Number.isNaN(value) ? "—" : value.toFixed(1));
    const paired = m.pairedBaselineMs;
    const [b50, b95] = paired ? [percentile(paired, 50), percentile(paired, 95)] : [base50, base95];
    const note = paired ? `${m.note ? `${m.note}; ` : ""}× raw upserts timed between its samples (p50 ${fixed(b50)} ms)` : (m.note ?? "");
    return [m.name, String(m.samplesMs.length), fixed(p50), fixed(p95), fixed(p50 / b50), fixed(p95 / b95), note];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((l) => l.toFixed(1)).join(" / ");
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform}, Node ${process.version}; load average (1/5/15 min) ${load}`;
}

/** Builds what changed (as `npm start` does): the bench measures the built server and tab. */
function ensureBuilt(): void {
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--changed"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("the build failed");
}

async function main(): Promise<void> {
  ensureBuilt();
  const startedOn = machine();
  const storageCalls = new StorageCallLog();
  const server = await startTestServer({ observeStorage: storageCalls.observe });
  const connector = new FakeConnector();
  await connector.start();
  const env: BenchEnvironment = { server, connector, tiny, storageCalls };
  const runs = tiny ? 1 : 3;
  try {
    process.stderr.write(only ? "" : "running cold starts …\n");
    const starts = only ? "(not run: BENCH_ONLY)" : await coldStartTable(server.storage.connectionString, runs);
    process.stderr.write(only ? "" : "loading the tab in Chromium …\n");
    const tab = only ? "(not run: BENCH_ONLY)" : await tabTable(server.url, runs);
    const baseline = await rawUpsertBaseline(env, tiny ? 10 : 300);
    const measurements: Measurement[] = [];
    for (const scenario of await loadScenarios()) {
      process.stderr.write(`running ${scenario.name} …\n`);
      try {
        measurements.push(...(await scenario.run(env)));
      } catch (error) {
        // One failing scenario must not lose the figures of the others: it shows as a failed row.
        if (tiny) throw error;
        measurements.push({ name: scenario.name, samplesMs: [], note: `failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    const report = [
      `# Bench results${tiny ? " (tiny run: one sample each, figures mean nothing)" : ""}`,
      "",
      `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${startedOn}. Every figure is compared with a`,
      "baseline measured in the same run on the same machine; wall times on a busy machine swing widely, the CPU",
      "column of the start table much less.",
      "",
      "## Server start",
      "",
      starts,
      "",
      "## Tab",
      "",
      tab,
      "",
      "## Requests",
      "",
      table(baseline, measurements),
      "",
      "Baseline of the requests: one raw upsert into the same in-memory Azurite, no app code in between; the",
      "sequential invokes are compared with raw upserts timed between their samples, one before each (the",
      "machine's speed drifts during a run).",
      "",
    ].join("\n");
    process.stdout.write(report);
    if (!tiny && !only) {
      mkdirSync(join(root, "bench"), { recursive: true });
      writeFileSync(join(root, "bench", "results.md"), report);
      process.stderr.write("written to bench/results.md\n");
    }
  } finally {
    await server.stop();
    await connector.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
