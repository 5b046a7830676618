// An esbuild plugin for the tab: rewrites `import { … } from "@fluentui/react-components"` into imports from
// the package that defines each name. Through the one barrel every Fluent component reaches every chunk,
// so esbuild's code splitting would put the dialogs and editors of lazily loaded pages into the first load.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const BARREL = "@fluentui/react-components";

/** Maps each name the barrel exports to the package and name it re-exports. */
function barrelExports() {
  const require = createRequire(import.meta.url);
  const index = join(dirname(require.resolve(BARREL)), "..", "lib", "index.js");
  const source = readFileSync(index, "utf8").replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "");
  const names = new Map();
  for (const [, list, from] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [imported, exported = imported] = spec.split(/\s+as\s+/);
      names.set(exported, { from, imported });
    }
  }
  return names;
}

function rewrite(source, names) {
  return source.replace(/import\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react-components["'];?/g, (statement, list) => {
    const byPackage = new Map();
    for (const spec of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const isType = spec.startsWith("type ");
      const [name, local = name] = spec.replace(/^type\s+/, "").split(/\s+as\s+/);
      const target = names.get(name);
      if (!target) return statement;
      const specs = byPackage.get(target.from) ?? [];
      specs.push(`${isType ? "type " : ""}${target.imported}${target.imported === local ? "" : ` as ${local}`}`);
      byPackage.set(target.from, specs);
    }
    return [...byPackage].map(([from, specs]) => `import { ${specs.join(", ")} } from "${from}";`).join(" ");
  });
}

/** The plugin: applies to the project's own TypeScript files only. */
export function fluentDirectImports() {
  return {
    name: "fluent-direct-imports",
    setup(build) {
      const names = barrelExports();
      build.onLoad({ filter: /[\\/](tab|bot)[\\/]src[\\/].*\.tsx?$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes(BARREL)) return undefined;
        return { contents: rewrite(source, names), loader: args.path.endsWith("x") ? "tsx" : "ts" };
      });
    },
  };
}
