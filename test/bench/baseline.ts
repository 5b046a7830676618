import { TableClient } from "@azure/data-tables";
import type { BenchEnvironment, Measurement } from "./scenario";
import { timed } from "./scenario";

// The raw client of every baseline: the SDK straight to the bench's Azurite, into a table of its own.
async function baselineTable(env: BenchEnvironment): Promise<TableClient> {
  const client = TableClient.fromConnectionString(env.server.storage.connectionString, "benchbaseline", { allowInsecureConnection: true });
  await client.createTable();
  return client;
}

/**
 * The baseline every figure is compared with: one raw upsert of a small entity into Azurite with the Azure
 * SDK, no app code in between, measured in the same run on the same machine.
 */
export async function rawUpsertBaseline(env: BenchEnvironment, count = 300): Promise<Measurement> {
  const client = await baselineTable(env);
  for (let i = 0; i < 20; i += 1) await client.upsertEntity({ partitionKey: "warm", rowKey: String(i), value: "x" }, "Replace");
  const samplesMs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    samplesMs.push(await timed(() => client.upsertEntity({ partitionKey: "bench", rowKey: String(i), value: `row ${i}` }, "Replace")));
  }
  return { name: "raw Azurite upsert (baseline)", samplesMs };
}

/**
 * A raw upsert to time between the samples of a scenario (one before each): the machine's speed drifts over a
 * run, and a baseline taken minutes earlier would put that drift into the ratio. Resolves with a function that
 * times one upsert.
 */
export async function pairedRawUpsert(env: BenchEnvironment): Promise<() => Promise<number>> {
  const client = await baselineTable(env);
  for (let i = 0; i < 20; i += 1) await client.upsertEntity({ partitionKey: "paired-warm", rowKey: String(i), value: "x" }, "Replace");
  let i = 0;
  return () => timed(() => client.upsertEntity({ partitionKey: "paired", rowKey: String(i++), value: `row ${i}` }, "Replace"));
}

/** Wall time of `count` raw upserts sent at once (distinct rows of one partition), the baseline of a burst. */
export async function rawParallelUpserts(env: BenchEnvironment, count = 200): Promise<number> {
  const client = await baselineTable(env);
  const rows = Array.from({ length: count }, (_, i) => ({ partitionKey: "burst", rowKey: String(i), value: `row ${i}` }));
  await Promise.all(rows.slice(0, 20).map((row) => client.upsertEntity({ ...row, partitionKey: "burst-warm" }, "Replace")));
  return timed(() => Promise.all(rows.map((row) => client.upsertEntity(row, "Replace"))));
}
