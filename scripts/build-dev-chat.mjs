// Bundles the local chat page (dev-chat/, served at /dev/chat/ in local mode) into dist/dev-chat.
import { copyFileSync, mkdirSync } from "node:fs";
import { bundleBrowser } from "./bundle-browser.mjs";

const outdir = "dist/dev-chat";
mkdirSync(outdir, { recursive: true });
copyFileSync("dev-chat/index.html", `${outdir}/index.html`);
await bundleBrowser(["dev-chat/src/main.ts"], outdir);
