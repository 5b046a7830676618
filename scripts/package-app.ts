// npm run package [-- <env>]: builds appPackage/build/appPackage.<env>.zip from env/.env.<env> (default dev).
import { join, relative } from "node:path";
import { buildAppPackage } from "./app-package/build-app-package";
import { readEnvironment } from "./app-package/env-file";
import { MissingValueError } from "./app-package/placeholders";

const envName = process.argv[2] ?? "dev";

async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const values = readEnvironment(join(root, "env"), envName, process.env);
  const built = await buildAppPackage({ appPackageDir: join(root, "appPackage"), envName, values });
  process.stdout.write(`${relative(root, built.zipPath)} (manifest ${relative(root, built.manifestPath)})\n`);
}

main().catch((error: unknown) => {
  const hint = error instanceof MissingValueError ? `\nSet them in env/.env.${envName}, or run the toolkit's provision, which writes them there.` : "";
  process.stderr.write(`npm run package: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
  process.exit(1);
});
