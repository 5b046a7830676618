// Rasterises scripts/icons/*.svg into the app package's icons with headless Chromium:
// appPackage/color.png (192×192) and appPackage/outline.png (32×32, white on transparent).
// Run after changing an SVG: npx tsx scripts/generate-icons.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";

const root = join(__dirname, "..");
const icons = [
  { svg: "color.svg", png: "color.png", size: 192, whiteOnly: false },
  { svg: "outline.svg", png: "outline.png", size: 32, whiteOnly: true },
];

/** Anti-aliased edges come back as near-white; Teams wants pure white with only the alpha varying. */
function forceWhite(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = image.data[i + 1] = image.data[i + 2] = image.data[i + 3] === 0 ? 0 : 255;
  }
  return PNG.sync.write(image);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const svg = readFileSync(join(root, "scripts", "icons", icon.svg), "utf8");
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      writeFileSync(join(root, "appPackage", icon.png), icon.whiteOnly ? forceWhite(shot) : shot);
      await page.close();
      process.stdout.write(`appPackage/${icon.png} (${icon.size}×${icon.size})\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
