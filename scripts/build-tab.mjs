// Bundles the tab (React + Fluent UI) into dist/tab with esbuild: content-hashed file names, the pages most
// visits never open split into their own files, and every text file precompressed (brotli and gzip).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { recordBuild } from "./build-state.mjs";
import { bundleBrowser } from "./bundle-browser.mjs";
import { fluentDirectImports } from "./fluent-direct-imports.mjs";

const outdir = "dist/tab";
const publicDir = "tab/public";
const entries = { main: "tab/src/main.tsx", config: "tab/src/host/config-main.ts" };
/** What the build knows about the first load of each page (read by the bench). */
export const tabAssetsFile = "dist/.build/tab-assets.json";

/** The output files an entry loads before it runs: itself and, transitively, the chunks it imports statically. */
function initialFiles(outputs, entryFile) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of outputs[file].imports) if (dep.kind === "import-statement") visit(dep.path);
  };
  visit(entryFile);
  return [...seen];
}

function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|html|css|svg|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const body = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Builds dist/tab and records its inputs and the files of each page's first load. */
export async function buildTab() {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await bundleBrowser(entries, outdir, {
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    splitting: true,
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
    plugins: [fluentDirectImports()],
  });
  const outputs = result.metafile.outputs;
  const assets = {};
  for (const [name, source] of Object.entries(entries)) {
    const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === source);
    const files = initialFiles(outputs, entryFile).map((file) => relative(outdir, file));
    assets[name] = { entry: files[0], initial: files };
  }
  const pages = readdirSync(publicDir).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    let html = readFileSync(join(publicDir, page), "utf8");
    for (const [name, { entry, initial }] of Object.entries(assets)) {
      const script = `<script type="module" src="./${name}.js"></script>`;
      if (!html.includes(script)) continue;
      // The chunks are announced up front so the browser fetches them in parallel with the entry.
      const preloads = initial.slice(1).map((file) => `<link rel="modulepreload" href="./${file}" />`).join("\n    ");
      html = html.replace(script, `${preloads}\n    <script type="module" src="./${entry}"></script>`);
    }
    writeFileSync(join(outdir, page), html);
  }
  precompress(outdir);
  mkdirSync("dist/.build", { recursive: true });
  writeFileSync(tabAssetsFile, JSON.stringify(assets, null, 2));
  const extraInputs = [...pages.map((page) => join(publicDir, page)), "scripts/build-tab.mjs", "scripts/bundle-browser.mjs", "scripts/fluent-direct-imports.mjs"];
  recordBuild("tab", result.metafile, extraInputs, [...pages.map((page) => join(outdir, page)), tabAssetsFile]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildTab();
