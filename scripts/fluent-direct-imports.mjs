// An esbuild plugin for the tab: rewrites `import { … } from "@fluentui/…"` into imports from the file that
// defines each name. esbuild's code splitting works file by file: a package's index file re-exports all its
// components, so every file an index reaches would be shared by every chunk that imports the index, and the
// dialogs, toolbars and editors of lazily loaded pages would land in the first load.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const BARREL = "@fluentui/react-components";
const require = createRequire(import.meta.url);
const stripComments = (source) => source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "");

/** The ES module entry (`lib/index.js`) of a Fluent package, or undefined when it has none. */
function packageIndex(name) {
  try {
    const index = join(dirname(require.resolve(`${name}/package.json`)), "lib", "index.js");
    return existsSync(index) ? index : undefined;
  } catch {
    return undefined;
  }
}

function fileOf(from, specifier) {
  const path = resolve(dirname(from), specifier);
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(`${path}.js`)) return `${path}.js`;
  if (existsSync(join(path, "index.js"))) return join(path, "index.js");
  return undefined;
}

const reexportsCache = new Map();
/** The names a module re-exports from other files: exported name → the file and the name there. */
function reexportsOf(file) {
  let names = reexportsCache.get(file);
  if (names) return names;
  names = new Map();
  for (const [, list, from] of stripComments(readFileSync(file, "utf8")).matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    const target = from.startsWith(".") ? fileOf(file, from) : /^@fluentui\/[a-z0-9-]+$/.test(from) ? packageIndex(from) : undefined;
    if (!target) continue;
    for (const spec of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [imported, exported = imported] = spec.split(/\s+as\s+/);
      names.set(exported, { file: target, name: imported });
    }
  }
  reexportsCache.set(file, names);
  return names;
}

/** Follows re-exports from `file` to the file that defines `name` (the same file when it defines it). */
function definitionOf(file, name) {
  for (let depth = 0; depth < 10; depth += 1) {
    const next = reexportsOf(file).get(name);
    if (!next) return { file, name };
    ({ file, name } = next);
  }
  return { file, name };
}

/** Maps each name the react-components barrel exports to the package and name it re-exports. */
function barrelExports() {
  const source = stripComments(readFileSync(packageIndex(BARREL), "utf8"));
  const names = new Map();
  for (const [, list, from] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [imported, exported = imported] = spec.split(/\s+as\s+/);
      names.set(exported, { from, imported });
    }
  }
  return names;
}

/**
 * Rewrites named imports from Fluent packages into imports from the defining files. In the project's own
 * code a name the react-components barrel does not re-export is an error: falling back to the barrel would
 * quietly put every Fluent component into the first load. Types are erased and need no import.
 */
function rewrite(source, barrel, own) {
  return source.replace(/import\s*\{([^}]*)\}\s*from\s*["'](@fluentui\/[a-z0-9-]+)["'];?/g, (statement, list, from) => {
    const byFile = new Map();
    for (const spec of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      if (spec.startsWith("type ")) continue;
      const [name, local = name] = spec.split(/\s+as\s+/);
      let pkg = from;
      let exported = name;
      if (from === BARREL) {
        const target = barrel.get(name);
        if (!target) {
          if (own) throw new Error(`fluent-direct-imports: ${name} is not re-exported by ${BARREL} as the plugin reads it; import it from its own package`);
          return statement;
        }
        ({ from: pkg, imported: exported } = target);
      }
      const index = packageIndex(pkg);
      const found = index ? definitionOf(index, exported) : { file: pkg, name: exported };
      const specs = byFile.get(found.file) ?? [];
      specs.push(`${found.name}${found.name === local ? "" : ` as ${local}`}`);
      byFile.set(found.file, specs);
    }
    return [...byFile].map(([file, specs]) => `import { ${specs.join(", ")} } from ${JSON.stringify(file)};`).join(" ");
  });
}

/** The plugin: applies to the project's own TypeScript files and to Fluent's own ES modules. */
export function fluentDirectImports() {
  return {
    name: "fluent-direct-imports",
    setup(build) {
      const barrel = barrelExports();
      build.onLoad({ filter: /[\\/](tab|bot)[\\/]src[\\/].*\.tsx?$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("@fluentui/")) return undefined;
        return { contents: rewrite(source, barrel, true), loader: args.path.endsWith("x") ? "tsx" : "ts" };
      });
      build.onLoad({ filter: /[\\/]node_modules[\\/]@fluentui[\\/][^\\/]+[\\/]lib[\\/].*\.js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("@fluentui/")) return undefined;
        return { contents: rewrite(source, barrel, false), loader: "js", resolveDir: dirname(args.path) };
      });
    },
  };
}
