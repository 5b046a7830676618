// Bundles the local chat page (dev-chat/, served at /dev/chat/ in local mode) into dist/dev-chat.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

const outdir = "dist/dev-chat";
mkdirSync(outdir, { recursive: true });
copyFileSync("dev-chat/index.html", `${outdir}/index.html`);
await build({
  entryPoints: ["dev-chat/src/main.ts"],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["chrome110", "edge110", "safari16"],
  outdir,
  logLevel: "warning",
});
