import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { fillPlaceholders, jsonStringContent } from "./placeholders";
import { validateManifest } from "./validate-manifest";

/** What `buildAppPackage` made. */
export interface BuiltAppPackage {
  zipPath: string;
  manifestPath: string;
  manifest: Record<string, unknown>;
}

/**
 * Fills `appPackage/manifest.json` from an environment's variables, validates it against its bundled
 * JSON schema and writes `appPackage.<envName>.zip` (manifest + both icons) and the filled manifest to
 * `outDir`. Throws MissingValueError naming any variable without a value, or an Error listing schema problems.
 */
export async function buildAppPackage(options: { appPackageDir: string; envName: string; values: Readonly<Record<string, string | undefined>>; outDir?: string }): Promise<BuiltAppPackage> {
  const { appPackageDir, envName } = options;
  const outDir = options.outDir ?? join(appPackageDir, "build");
  const template = readFileSync(join(appPackageDir, "manifest.json"), "utf8");
  const filled = fillPlaceholders(template, options.values, `appPackage/manifest.json (environment ${envName})`, jsonStringContent);
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  const problems = await validateManifest(manifest);
  if (problems.length > 0) throw new Error(`appPackage/manifest.json (environment ${envName}) does not match its schema:\n  ${problems.join("\n  ")}`);

  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, `manifest.${envName}.json`);
  writeFileSync(manifestPath, filled);
  const zip = zipSync({
    "manifest.json": new TextEncoder().encode(filled),
    "color.png": readFileSync(join(appPackageDir, "color.png")),
    "outline.png": readFileSync(join(appPackageDir, "outline.png")),
  });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, manifestPath, manifest };
}
