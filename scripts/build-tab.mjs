// Bundles the tab (React + Fluent UI) into dist/tab with esbuild.
import { build } from "esbuild";
import { cpSync, mkdirSync } from "node:fs";

const outdir = "dist/tab";
mkdirSync(outdir, { recursive: true });
cpSync("tab/public", outdir, { recursive: true });
await build({
  entryPoints: { main: "tab/src/main.tsx", config: "tab/src/host/config-main.ts" },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["chrome110", "edge110", "safari16"],
  outdir,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
