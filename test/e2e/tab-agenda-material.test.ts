import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PAST_MEETING_ID } from "../../bot/src/demo/demo-meetings";
import { screenshot, scrollsSideways } from "../helpers/browser";
import { browserSuite } from "../helpers/browser-suite";
import { startTestBlobStorage, type TestBlobStorage } from "../helpers/blob-storage";
import { teamsUser, users } from "../helpers/demo-users";
import { startTestServer } from "../helpers/test-server";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4000, 0x20), Buffer.from("\n%%EOF\n")]);

describe("tab: material per agenda item", () => {
  let blobs: TestBlobStorage | undefined;
  const suite = browserSuite(async () => {
    blobs = await startTestBlobStorage();
    return startTestServer({ deps: { files: blobs.files } });
  });
  after(async () => {
    await blobs?.stop();
  });
  // Per Dahlgren presents item 2 of the past meeting ("Omvärldsbevakning").
  const presenter = teamsUser("Per Dahlgren").aadObjectId;

  for (const width of [1280, 320]) {
    it(`lets the presenter add a link and upload slides after the meeting, and a member download them (${width} px)`, async () => {
      const page = await suite.open({ devUser: presenter, width });
      await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
      const item2 = page.locator('[data-material-item="2"]');
      await item2.waitFor();
      assert.equal(await page.locator('[data-material-item="3"]').count(), 0, "a member adds nothing to an item they do not present");
      await item2.getByLabel("Länktext").fill(`Rapporten ${width}`);
      await item2.getByLabel("Webbadress (https://)").fill("https://example.org/rapport");
      await item2.getByRole("button", { name: "Lägg till länk" }).click();
      await item2.getByRole("link", { name: `Rapporten ${width}` }).waitFor();
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), item2.getByRole("button", { name: "Ladda upp fil" }).click()]);
      await chooser.setFiles({ name: `Omvärld ${width}.pdf`, mimeType: "application/pdf", buffer: PDF });
      await item2.getByRole("button", { name: `Hämta Omvärld ${width}` }).waitFor();
      assert.match(await item2.innerText(), new RegExp(`Omvärld ${width}\\.pdf, 4 kB · tillagt av Per Dahlgren`));
      assert.equal(await scrollsSideways(page), false);
      await screenshot(page, `agenda-material-${width}`);

      const reader = await suite.open({ devUser: users.aleMember().aadObjectId, width });
      await reader.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
      const seen = reader.locator('[data-material-item="2"]');
      await seen.getByRole("button", { name: `Hämta Omvärld ${width}` }).waitFor();
      assert.equal(await seen.getByRole("button", { name: "Ladda upp fil" }).count(), 0);
      assert.equal(await seen.getByRole("button", { name: /^Ta bort/ }).count(), 0);
      const [download] = await Promise.all([reader.waitForEvent("download"), seen.getByRole("button", { name: `Hämta Omvärld ${width}` }).click()]);
      assert.equal(download.suggestedFilename(), `Omvärld ${width}.pdf`);
      assert.deepEqual(readFileSync((await download.path())!), PDF);
    });
  }

  it("says why a file is refused and keeps the list as it was", async () => {
    const page = await suite.open({ devUser: presenter });
    await page.goto(`${suite.server.url}/tab/#/meetings/${PAST_MEETING_ID}`);
    const item2 = page.locator('[data-material-item="2"]');
    await item2.waitFor();
    const before = await item2.locator("li").count();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), item2.getByRole("button", { name: "Ladda upp fil" }).click()]);
    await chooser.setFiles({ name: "bilder.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") });
    await item2.getByText("Filens innehåll är inte en PDF-fil").waitFor();
    assert.equal(await item2.locator("li").count(), before);
  });
});
