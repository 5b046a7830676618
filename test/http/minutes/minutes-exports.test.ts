import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { MinutesDocument } from "../../../bot/src/domain/minutes";
import { parseMarkdown } from "../../../bot/src/domain/rich-text";
import { minutesPdf } from "../../../bot/src/minutes/exports/minutes-pdf";
import { api } from "../../helpers/api-client";
import { EXAMPLE_MEETING_ID, EXAMPLE_PLACEHOLDER, exampleLines, storeExampleMeeting, writeExampleNotes } from "../../helpers/example-minutes";
import { startTestServer, type TestServer } from "../../helpers/test-server";

const INJECTIONS = ["<script>alert(1)</script>", "[klicka](javascript:alert(1))", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(2)\">länk</a>"];
const FORBIDDEN = ["<script", "javascript:", "onerror", "alert("];

function requireTool(tool: string): void {
  if (spawnSync(tool, ["-v"]).error) assert.fail(`${tool} is missing: apt-get install -y poppler-utils`);
}

/** The lines the example has (without blank lines and the placeholder), bullets without their "• ". */
function expectedLines(): string[] {
  return exampleLines().filter((l) => l !== "" && l !== EXAMPLE_PLACEHOLDER).map((l) => l.replace(/^• /, ""));
}

/** Asserts that every expected line appears in `lines` (or, wrapped, in `text`), in the same order. */
function assertInOrder(lines: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const line of expected) {
    const found = lines.indexOf(line, at);
    assert.ok(found >= 0, `missing or out of order: "${line}"`);
    at = found + 1;
  }
}

/** Like assertInOrder for text whose long lines may have been wrapped (PDF). */
function assertInOrderWrapped(text: string, expected: readonly string[]): void {
  const flat = text.replace(/\s+/g, " ");
  let at = 0;
  for (const line of expected) {
    const found = flat.indexOf(line, at);
    assert.ok(found >= 0, `missing or out of order: "${line}"`);
    at = found + line.length;
  }
}

async function download(server: TestServer, ext: string, user: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const res = await fetch(`${server.url}/api/v1/meetings/${EXAMPLE_MEETING_ID}/minutes.${ext}`, { headers: { "X-Dev-User": user } });
  return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), body: Buffer.from(await res.arrayBuffer()) };
}

async function docxParagraphs(buffer: Buffer): Promise<{ texts: string[]; xml: string; core: string }> {
  const zip = unzipSync(new Uint8Array(buffer));
  const xml = strFromU8(zip["word/document.xml"]!);
  const decode = (s: string) => s.replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
  return { texts, xml, core: strFromU8(zip["docProps/core.xml"]!) };
}

function pdfText(buffer: Buffer, tool: "pdftotext" | "pdfinfo" | "pdffonts"): string {
  requireTool(tool);
  const dir = mkdtempSync(join(tmpdir(), "minutes-pdf-"));
  try {
    const file = join(dir, "minutes.pdf");
    writeFileSync(file, buffer);
    return execFileSync(tool, tool === "pdftotext" ? ["-layout", file, "-"] : [file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("minutes exports (.md, .docx, .pdf) of the example meeting", () => {
  let server: TestServer;
  let secretary: string;
  let member: string;
  let markdown: string;

  before(async () => {
    server = await startTestServer({ seed: false });
    const { people } = await storeExampleMeeting(server.stores);
    secretary = people.get("Emma Strand")!.aadObjectId;
    member = people.get("Elin Bergqvist")!.aadObjectId;
    markdown = (await writeExampleNotes(server, secretary)).markdown;
  });
  after(() => server.stop());

  it("refuses draft exports to a member with 403 and unknown meetings with 404, as JSON", async () => {
    const refused = await download(server, "pdf", member);
    assert.equal(refused.status, 403);
    assert.equal(JSON.parse(refused.body.toString()).error.code, "minutes_not_published");
    const missing = await fetch(`${server.url}/api/v1/meetings/nope/minutes.docx`, { headers: { "X-Dev-User": secretary } });
    assert.equal(missing.status, 404);
  });

  it("exports Markdown as the minutes page shows it, as a download named by the date", async () => {
    const res = await download(server, "md", secretary);
    assert.equal(res.status, 200);
    assert.equal(res.type, "text/markdown; charset=utf-8");
    assert.equal(res.disposition, "attachment; filename=\"anteckningar-2025-03-12.md\"");
    assert.equal(res.body.toString("utf8"), markdown);
  });

  it("exports a DOCX whose document.xml has the example's lines in order, bullets as a Word list, and title and author", async () => {
    const res = await download(server, "docx", secretary);
    assert.equal(res.status, 200);
    assert.equal(res.type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const { texts, xml, core } = await docxParagraphs(res.body);
    assertInOrder(texts, expectedLines());
    const bullet = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes("Hur påverkas"))![0];
    assert.match(bullet, /<w:numPr>/);
    assert.match(core, /<dc:title>Anteckningar 2025-03-12 — Nätverksmöte mottagande och integration<\/dc:title>/);
    assert.match(core, /<dc:creator>Emma Strand<\/dc:creator>/);
  });

  it("exports a PDF whose text has the example's lines in order with åäö, DejaVu embedded and title, author and date", async () => {
    const res = await download(server, "pdf", secretary);
    assert.equal(res.status, 200);
    assert.equal(res.type, "application/pdf");
    const text = pdfText(res.body, "pdftotext");
    assertInOrderWrapped(text.replace(/^\s*• /gm, ""), expectedLines());
    assert.ok(text.split("\n").map((l) => l.trim()).includes("Nils Åberg, Länsstyrelsen"));
    assert.ok(text.includes("• Hur påverkas våra verksamheter av ett minskat mottagande?"));
    const info = pdfText(res.body, "pdfinfo");
    assert.match(info, /Title:\s+Anteckningar 2025-03-12 — Nätverksmöte mottagande och integration/);
    assert.match(info, /Author:\s+Emma Strand/);
    assert.match(info, /CreationDate:\s+\S+/);
    assert.match(pdfText(res.body, "pdffonts"), /DejaVuSans\s.*yes\s+yes/);
  });

  it("keeps injected HTML and javascript: links out of every export", async () => {
    const minutes = await api(server.url, `/meetings/${EXAMPLE_MEETING_ID}/minutes`, { user: secretary });
    const saved = await api(server.url, `/meetings/${EXAMPLE_MEETING_ID}/minutes/items/4`, {
      user: secretary, method: "PUT", body: { notes: `Injektion: ${INJECTIONS.join(" ")} slut` }, headers: { "If-Match": minutes.body.items[3].etag },
    });
    assert.equal(saved.status, 200);
    const outputs = [
      (await download(server, "md", secretary)).body.toString("utf8"),
      (await docxParagraphs((await download(server, "docx", secretary)).body)).xml,
      pdfText((await download(server, "pdf", secretary)).body, "pdftotext"),
      (await download(server, "pdf", secretary)).body.toString("latin1"),
    ];
    for (const output of outputs) {
      for (const bad of FORBIDDEN) assert.ok(!output.includes(bad), `"${bad}" reached an export: ${output.slice(Math.max(0, output.indexOf(bad) - 80), output.indexOf(bad) + 40)}`);
    }
    assert.match(outputs[0]!, /Injektion:\s+klicka\s+länk\s+slut/);
  });

  it("gives members the published version once published", async () => {
    const coordinator = (await server.stores.members.list("example-network")).find((m) => m.value.role === "coordinator")!.value.aadObjectId;
    assert.equal((await api(server.url, `/meetings/${EXAMPLE_MEETING_ID}/minutes/publish`, { user: coordinator, method: "POST" })).status, 200);
    const res = await download(server, "docx", member);
    assert.equal(res.status, 200);
    assert.ok((await docxParagraphs(res.body)).texts.includes("Antecknat av Emma Strand"));
  });
});

describe("minutes PDF layout", () => {
  it("never leaves a bullet or an item heading alone at the bottom of a page", async () => {
    const bullets = Array.from({ length: 60 }, (_, i) => `- Punkt ${i}: en lång rad om mottagandet som radbryts över två rader i PDF:en, med å, ä och ö.`).join("\n");
    const items = Array.from({ length: 6 }, (_, i) => ({ number: i + 1, title: `Punkt nummer ${i + 1}`, lines: parseMarkdown(bullets.slice(0, 900 * (i + 1))) }));
    const doc: MinutesDocument = { language: "sv", networkName: "Nätverket", meetingTitle: "Möte", date: "2025-03-12", place: "Teams", present: [], absent: [], items };
    const pages = pdfText(await minutesPdf(doc, new Date()), "pdftotext").split("\f").map((page) => page.split("\n").map((l) => l.trim()).filter(Boolean));
    assert.ok(pages.length > 2);
    for (const page of pages.slice(0, -1)) {
      const body = page.filter((l) => !/^Sida \d+ av \d+$/.test(l));
      assert.notEqual(body.at(-1), "•");
      assert.ok(!/^\d+\. Punkt nummer/.test(body.at(-1) ?? ""), `heading at the bottom: ${body.at(-1)}`);
    }
  });
});
