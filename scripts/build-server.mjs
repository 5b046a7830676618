// Bundles the server (bot/src/index.ts) into one file, dist/bot/src/index.js, with a source map beside it.
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { recordBuild } from "./build-state.mjs";

export const serverOutfile = "dist/bot/src/index.js";

/** The esbuild settings of the server bundle (shared with `npm run dev`, which watches them). */
export const serverOptions = {
  entryPoints: ["bot/src/index.ts"],
  outfile: serverOutfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // One file instead of ~3,000 modules: start-up no longer spends its time resolving and reading files.
  minifyWhitespace: true,
  minifySyntax: true,
  // Error and class names stay as written (logs, and checks such as `error.constructor.name`).
  keepNames: true,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
  external: [
    // Optional native add-on of restify's logger; it is loaded in a try/catch and may be absent.
    "dtrace-provider",
    // Loaded only in local mode, from node_modules: it is large and reads its own files.
    "azurite",
    // pdfkit reads its font metrics from files next to its code; the DejaVu fonts are found by path.
    "pdfkit",
    // The PDF export parses the fonts with pdfkit's own fontkit (the same module pdfkit imports).
    "fontkit",
    "dejavu-fonts-ttf",
    // Loaded by the first material upload, from node_modules: its bundled ESM build needs import.meta.url.
    "@azure/storage-blob",
  ],
};

/** Builds the server bundle and records its inputs. */
export async function buildServer() {
  // Files of the earlier one-file-per-module build would only mislead.
  rmSync("dist/bot", { recursive: true, force: true });
  const result = await build(serverOptions);
  recordBuild("server", result.metafile, ["scripts/build-server.mjs", "package-lock.json"], [serverOutfile]);
  return result;
}
