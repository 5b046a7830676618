import { build } from "esbuild";
import { serverOptions } from "../scripts/build-server.mjs";
const r = await build({ ...serverOptions, outfile: "/tmp/srv/index.js", write: false });
const inputs = r.metafile.inputs;
const seen = new Set(); const stack = ["bot/src/index.ts"];
while (stack.length) { const f = stack.pop(); if (seen.has(f) || !inputs[f]) continue; seen.add(f);
  for (const i of inputs[f].imports) if (i.kind === "import-statement" || (i.kind === "require-call" && f.includes("node_modules"))) stack.push(i.path); }
const byPkg = {};
for (const f of seen) { const m = f.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : "src"; byPkg[k] = (byPkg[k] ?? 0) + inputs[f].bytes; }
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>k+" "+Math.round(v/1024)).join("\n"));
console.log("total KB", Math.round([...seen].reduce((s,f)=>s+inputs[f].bytes,0)/1024));
