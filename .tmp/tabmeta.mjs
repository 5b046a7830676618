import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { fluentDirectImports } from "../scripts/fluent-direct-imports.mjs";
import { bundleBrowser } from "../scripts/bundle-browser.mjs";
const outdir = "/tmp/tabmeta";
const r = await bundleBrowser({ main: "tab/src/main.tsx" }, outdir, { jsx: "automatic", define: { "process.env.NODE_ENV": '"production"' }, splitting: true, entryNames: "[name]-[hash]", chunkNames: "chunks/[name]-[hash]", metafile: true, plugins: [fluentDirectImports()], absWorkingDir: process.cwd() });
const outs = r.metafile.outputs;
const entry = Object.keys(outs).find(f => outs[f].entryPoint === "tab/src/main.tsx");
const seen = new Set(); const visit = f => { if (seen.has(f)) return; seen.add(f); for (const d of outs[f].imports) if (d.kind === "import-statement") visit(d.path); }; visit(entry);
let gz = 0; const byPkg = {};
for (const f of seen) { if (f.endsWith(".map")) continue; gz += gzipSync(readFileSync(f)).length;
  for (const [inp, v] of Object.entries(outs[f].inputs)) { const m = inp.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : inp.replace(/\/[^/]+$/, ""); byPkg[k] = (byPkg[k] ?? 0) + v.bytesInOutput; } }
console.log("initial gz KB", Math.round(gz/1024), "files", seen.size);
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,45).map(([k,v])=>k+" "+Math.round(v/1024)).join("\n"));
if (process.argv[2]) for (const f of seen) for (const [inp, v] of Object.entries(outs[f].inputs)) if (inp.includes(process.argv[2])) console.log(inp, v.bytesInOutput);


