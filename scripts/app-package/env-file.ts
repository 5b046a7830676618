import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

/**
 * The variables of an Agents Toolkit environment: `env/.env.<name>`, then the git-ignored secrets in
 * `env/.env.<name>.user`; `overrides` (the process environment, for CI) win over both.
 */
export function readEnvironment(envDir: string, name: string, overrides: Readonly<Record<string, string | undefined>> = {}): Record<string, string | undefined> {
  const file = join(envDir, `.env.${name}`);
  if (!existsSync(file)) throw new Error(`No environment file ${file}: create it (env/.env.dev is the template)`);
  const values = { ...parseEnv(readFileSync(file, "utf8")) };
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnv(readFileSync(userFile, "utf8")));
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) values[key] = value;
  return values;
}
