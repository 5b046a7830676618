// Remembers what each bundle was built from, so that `npm start` rebuilds only what changed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stateDir = "dist/.build";
const stateFile = (name) => join(stateDir, `${name}.json`);
const signature = (path) => {
  const stat = statSync(path);
  return `${stat.size}:${stat.mtimeMs}`;
};

/** True when every input of the last build of `name` is unchanged and every output still exists. */
export function isUpToDate(name) {
  if (!existsSync(stateFile(name))) return false;
  const { inputs, outputs } = JSON.parse(readFileSync(stateFile(name), "utf8"));
  if (!outputs.every((path) => existsSync(path))) return false;
  return Object.entries(inputs).every(([path, seen]) => existsSync(path) && signature(path) === seen);
}

/**
 * Records a finished build: the inputs esbuild read (its metafile) plus `extraInputs` (build scripts, copied
 * files), and the outputs that must exist. A new source file is always imported by a changed one, so the
 * inputs of the last build are enough to notice any change.
 */
export function recordBuild(name, metafile, extraInputs, outputs) {
  const paths = [...Object.keys(metafile.inputs).filter((p) => !p.includes(":")), ...extraInputs].filter((p) => existsSync(p));
  const inputs = Object.fromEntries(paths.map((p) => [p, signature(p)]));
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(stateFile(name), JSON.stringify({ inputs, outputs }));
}
