// Builds everything the server runs: the server bundle, the tab and the local chat page.
// `--changed` skips each part whose inputs are unchanged since its last build (what `npm start` uses).
import { performance } from "node:perf_hooks";
import { buildDevChat } from "./build-dev-chat.mjs";
import { isUpToDate } from "./build-state.mjs";
import { buildServer } from "./build-server.mjs";
import { buildTab } from "./build-tab.mjs";

const onlyChanged = process.argv.includes("--changed");
const parts = { server: buildServer, tab: buildTab, "dev-chat": buildDevChat };

await Promise.all(Object.entries(parts).map(async ([name, build]) => {
  if (onlyChanged && isUpToDate(name)) return;
  const started = performance.now();
  await build();
  process.stderr.write(`built ${name} in ${Math.round(performance.now() - started)} ms\n`);
}));
