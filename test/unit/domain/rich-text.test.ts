import assert from "node:assert/strict";
import { lineToMarkdown, lineToPlainText, parseMarkdown } from "../../../bot/src/domain/rich-text";
import { isSafeUrl, sanitiseMarkdown, stripTags } from "../../../bot/src/domain/sanitise-markdown";

describe("sanitising notes to the Markdown subset", () => {
  const attacks: [string, string][] = [
    ["<script>alert(1)</script>Text", "Text"],
    ["<SCRIPT src=x>alert(1)", ""],
    ["före<img src=x onerror=alert(1)>efter", "föreefter"],
    ["<a href=\"javascript:alert(1)\" onclick=\"x()\">klick</a>", "klick"],
    ["[klicka](javascript:alert(1))", "klicka"],
    ["[klicka](JaVaScRiPt:alert(1))", "klicka"],
    ["[bild](data:text/html;base64,PHNjcmlwdD4=)", "bild"],
    ["[x](vbscript:msgbox)", "x"],
    ["<scr<script>ipt>alert(1)</script>", ""],
    ["<!-- <script>x</script> -->kvar", "kvar"],
    ["<style>body{}</style><iframe src=https://x></iframe>ok", "ok"],
    ["[x](https://a.se\" onerror=\"alert(1))", "x"],
  ];
  for (const [input, expected] of attacks) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(sanitiseMarkdown(input), expected);
    });
  }

  it("keeps the subset: paragraphs, bullets, bold, http/https/mailto links", () => {
    const md = "Stycke med **fetstil**.\n\n- punkt ett\n- [GR](https://www.goteborgsregionen.se)\n\nMejla [oss](mailto:info@example.org).";
    assert.equal(sanitiseMarkdown(md), md);
  });

  it("turns an autolink into a link and normalises line ends, blank lines and trailing spaces", () => {
    assert.equal(sanitiseMarkdown("a  \r\nb\r\n\r\n\r\n\r\n<https://example.org/x>"), "a\nb\n\n[https://example.org/x](https://example.org/x)");
  });

  it("strips control characters but keeps tabs, line feeds and åäö", () => {
    assert.equal(stripTags("å\u0000ä\u0007ö\tx\ny\u009F"), "åäö\tx\ny");
  });

  it("accepts only http, https and mailto addresses without spaces or quotes", () => {
    for (const url of ["https://example.org/a?b=1#c", "http://x.se", "mailto:a@b.se"]) assert.ok(isSafeUrl(url), url);
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://x", "/relative", "https://a b", "https://a\"b", ""]) assert.ok(!isSafeUrl(url), url);
  });
});

describe("parsing the Markdown subset", () => {
  it("makes every non-blank line a line, and '- ', '* ', '• ' bullets", () => {
    const lines = parseMarkdown("Frågor:\n\n- Hur?\n* Varför?\n• När?");
    assert.deepEqual(lines.map((l) => l.kind), ["text", "bullet", "bullet", "bullet"]);
    assert.deepEqual(lines.map(lineToPlainText), ["Frågor:", "• Hur?", "• Varför?", "• När?"]);
  });

  it("reads bold, links and escapes; a link to an unsafe address keeps only its text", () => {
    const [line] = parseMarkdown("Se **detta** och [sidan](https://example.org) men inte [den](javascript:x) \\*ej fet\\*");
    assert.deepEqual(line!.inlines, [
      { text: "Se " }, { text: "detta", bold: true }, { text: " och " }, { text: "sidan", href: "https://example.org" }, { text: " men inte den *ej fet*" },
    ]);
  });

  it("reads a link whose address has parentheses", () => {
    const [line] = parseMarkdown("[X](https://sv.wikipedia.org/wiki/X_(Y)).");
    assert.deepEqual(line!.inlines, [{ text: "X", href: "https://sv.wikipedia.org/wiki/X_(Y)" }, { text: "." }]);
  });

  it("writes a link in plain text as 'text (address)' and round-trips lines through Markdown", () => {
    const source = "- **Viktigt:** läs [mer](https://example.org/a_b) om 5 \\* 3";
    const [line] = parseMarkdown(source);
    assert.equal(lineToPlainText(line!), "• Viktigt: läs mer (https://example.org/a_b) om 5 * 3");
    assert.deepEqual(parseMarkdown(lineToMarkdown(line!)), [line]);
  });
});
