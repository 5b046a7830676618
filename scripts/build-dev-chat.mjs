// Bundles the local chat page (dev-chat/, served at /dev/chat/ in local mode) into dist/dev-chat.
import { copyFileSync, mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { recordBuild } from "./build-state.mjs";
import { bundleBrowser } from "./bundle-browser.mjs";

const outdir = "dist/dev-chat";

/** Builds dist/dev-chat and records its inputs. */
export async function buildDevChat() {
  mkdirSync(outdir, { recursive: true });
  copyFileSync("dev-chat/index.html", `${outdir}/index.html`);
  const result = await bundleBrowser(["dev-chat/src/main.ts"], outdir, { metafile: true });
  recordBuild("dev-chat", result.metafile, ["dev-chat/index.html", "scripts/build-dev-chat.mjs", "scripts/bundle-browser.mjs"], [`${outdir}/index.html`, `${outdir}/main.js`]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildDevChat();
