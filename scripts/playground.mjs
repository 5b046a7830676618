// Starts the Microsoft 365 Agents Playground (a local Teams client) against the bot at http://127.0.0.1:$PORT,
// with the demo network's people and chats from .m365agentsplayground.yml. Offline: no telemetry, no browser.
// Usage: `npm start` in one terminal, `npm run playground` in another, then open http://localhost:56150.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/cli.js");
const botPort = process.env.PORT ?? "3978";
const port = process.env.PLAYGROUND_PORT ?? "56150";

const child = spawn(
  process.execPath,
  [cli, "-e", `http://127.0.0.1:${botPort}/api/messages`, "-c", "msteams", "-p", port, "--disable-telemetry"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(root, ".m365agentsplayground.yml"),
      APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
      TEAMSAPPTESTER_BROWSER: "none",
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
