import type { StorageCallLog } from "../../bot/src/storage/storage-calls";
import type { FakeConnector } from "../helpers/fake-connector";
import type { TestServer } from "../helpers/test-server";

/** What every scenario runs against: the real server over in-memory Azurite, and a fake Bot Connector. */
export interface BenchEnvironment {
  server: TestServer;
  connector: FakeConnector;
  /** `npm test`'s run: a handful of samples per figure, only to prove the bench still works. */
  tiny: boolean;
  /** Every request the app's repositories sent to the store, counted at the storage layer. */
  storageCalls: StorageCallLog;
}

/** Latencies of one measured operation, in milliseconds, and an optional note for the table. */
export interface Measurement {
  name: string;
  samplesMs: number[];
  note?: string;
  /** Raw upserts timed alternately with the samples (`pairedRawUpsert`): the row's ratios are against these. */
  pairedBaselineMs?: number[];
}

/** A bench scenario: a file in test/bench/scenarios/ exporting `scenario`. */
export interface Scenario {
  name: string;
  run(env: BenchEnvironment): Promise<Measurement[]>;
}

/** Milliseconds an async operation takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Waits a few milliseconds so that what the previous operation left running (a log line, a deferred
 * refresh) is done before the next timed one starts: paired samples each start on an idle server.
 */
export function settle(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The p-th percentile (nearest rank) of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Storage calls per operation: the calls made while `work` ran, divided by how many operations it did. */
export async function callsPer(env: BenchEnvironment, operations: number, work: () => Promise<unknown>): Promise<number> {
  const from = env.storageCalls.count;
  await work();
  return (env.storageCalls.count - from) / operations;
}
