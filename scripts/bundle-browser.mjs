// The esbuild settings every browser bundle of the project shares (the tab, the local chat page).
import { build } from "esbuild";

/** Bundles browser entry points into `outdir`: minified ES modules with source maps for current browsers. */
export function bundleBrowser(entryPoints, outdir, extra = {}) {
  return build({
    entryPoints,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "esm",
    target: ["chrome110", "edge110", "safari16"],
    outdir,
    logLevel: "warning",
    ...extra,
  });
}
