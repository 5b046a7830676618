// Bundles the tab (React + Fluent UI) into dist/tab with esbuild.
import { cpSync, mkdirSync } from "node:fs";
import { bundleBrowser } from "./bundle-browser.mjs";

const outdir = "dist/tab";
mkdirSync(outdir, { recursive: true });
cpSync("tab/public", outdir, { recursive: true });
await bundleBrowser({ main: "tab/src/main.tsx", config: "tab/src/host/config-main.ts" }, outdir, {
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
});
