import { fluentDirectImports } from "../scripts/fluent-direct-imports.mjs";
import { bundleBrowser } from "../scripts/bundle-browser.mjs";
const r = await bundleBrowser({ main: "tab/src/main.tsx" }, "/tmp/tabwho", { jsx: "automatic", define: { "process.env.NODE_ENV": '"production"' }, splitting: true, metafile: true, write: false, plugins: [fluentDirectImports()] });
const target = process.argv[2];
for (const [f, i] of Object.entries(r.metafile.inputs)) for (const imp of i.imports) if (imp.path.includes(target)) console.log(f, "->", imp.path, imp.kind);
