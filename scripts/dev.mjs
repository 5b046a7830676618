// `npm run dev`: builds what changed, starts the server, and on every change under bot/src, tab/ or dev-chat/
// rebuilds what that change touched and restarts the server (a tab-only change needs no restart).
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { clearTimeout, setTimeout } from "node:timers";
import { buildDevChat } from "./build-dev-chat.mjs";
import { isUpToDate } from "./build-state.mjs";
import { buildServer, serverOutfile } from "./build-server.mjs";
import { buildTab } from "./build-tab.mjs";

const parts = { server: buildServer, tab: buildTab, "dev-chat": buildDevChat };
let server;

/** Rebuilds the parts whose inputs changed; true when the server bundle was one of them. */
async function rebuild() {
  let serverChanged = false;
  for (const [name, build] of Object.entries(parts)) {
    if (isUpToDate(name)) continue;
    try {
      await build();
      process.stderr.write(`[dev] rebuilt ${name}\n`);
      if (name === "server") serverChanged = true;
    } catch {
      process.stderr.write(`[dev] ${name} did not build; fix the error above and save again\n`);
    }
  }
  return serverChanged;
}

function startServer() {
  server = spawn(process.execPath, ["--enable-source-maps", serverOutfile], { stdio: "inherit" });
}

function stopServer() {
  if (!server || server.exitCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  return exited;
}

let pending;
let running = Promise.resolve();
function onChange() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    running = running.then(async () => {
      if (await rebuild()) {
        await stopServer();
        startServer();
      }
    });
  }, 150);
}

await rebuild();
startServer();
for (const dir of ["bot/src", "tab", "dev-chat"]) watch(dir, { recursive: true }, onChange);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopServer();
    process.exit(0);
  });
}
