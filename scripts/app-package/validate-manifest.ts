import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";

/**
 * Validates a filled Teams manifest against the JSON schema of its `manifestVersion`, read from the copy
 * bundled in @microsoft/app-manifest (never fetched). Returns the problems; empty when valid.
 */
export async function validateManifest(manifest: { manifestVersion?: unknown }): Promise<string[]> {
  const version = String(manifest.manifestVersion ?? "");
  const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaFile = join(packageDir, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!existsSync(schemaFile)) return [`manifestVersion ${JSON.stringify(version)}: no bundled schema (${schemaFile})`];
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
}
