import { build } from "esbuild";
import { serverOptions } from "/work/wt-perf-load/scripts/build-server.mjs";
const r = await build({ ...serverOptions, outfile: "/tmp/srv/index.js", write: true });
const inputs = r.metafile.inputs;
const byPkg = {};
for (const [f, i] of Object.entries(inputs)) {
  const m = f.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  const k = m ? m[1] : "src";
  byPkg[k] = (byPkg[k] ?? 0) + i.bytes;
}
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>k+" "+Math.round(v/1024)).join("\n"));
// who imports botbuilder / teams-ai from src
for (const [f, i] of Object.entries(inputs)) {
  if (f.includes("node_modules")) continue;
  for (const imp of i.imports) if (/node_modules\/(botbuilder|@microsoft\/teams-ai|botframework)/.test(imp.path)) console.log("SRC", f, "->", imp.original ?? imp.path);
}
