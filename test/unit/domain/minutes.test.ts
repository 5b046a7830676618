import assert from "node:assert/strict";
import type { AgendaItem } from "../../../bot/src/domain/agenda";
import type { AttendanceRecord } from "../../../bot/src/domain/attendance";
import type { Member } from "../../../bot/src/domain/member";
import { buildMinutesDocument, formatAction, type MinutesInput } from "../../../bot/src/domain/minutes";
import { renderMinutesMarkdown, renderMinutesText } from "../../../bot/src/domain/minutes-render";
import type { Organisation } from "../../../bot/src/domain/network";
import type { RoundTableEntry } from "../../../bot/src/domain/round-table";
import { mergeGeneratedBlock, roundTableMinutesLines } from "../../../bot/src/domain/round-table-minutes";

const org = (id: string, name: string, order: number, kind: Organisation["kind"] = "kommun"): Organisation => ({ id, networkId: "n", name, kind, order });
const organisations = [org("lerum", "Lerum", 20), org("ale", "Ale", 10), org("af", "Arbetsförmedlingen", 30, "myndighet"), org("vgr", "VGR", 40, "region")];
const member = (id: string, name: string, organisationId: string): Member => ({ aadObjectId: id, networkId: "n", displayName: name, email: `${id}@example.org`, organisationId, role: "member", active: true });
const entry = (organisationId: string, text: string): RoundTableEntry => ({ organisationId, reporterId: "r", reporterName: "R", text, fields: {}, submitted: "during", updatedAt: "" });
const item = (number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({ number, title, presenters: [], decisions: [], actions: [], ...extra });
const present = (personId: string, name: string, organisationId: string, items: number[] = []): AttendanceRecord => ({
  personId, name, organisationId, organisationName: organisations.find((o) => o.id === organisationId)!.name, status: "present", items, source: "chair", at: "", guest: false,
});

function input(extra: Partial<MinutesInput> = {}): MinutesInput {
  return {
    network: { name: "Testnätverket", language: "sv" },
    meeting: { title: "Möte", startUtc: "2025-03-11T23:30:00.000Z", place: "Digitalt via Teams", secretaryId: "s" },
    organisations,
    members: [member("s", "Siv Sekreterare", "ale"), member("l", "Lars Lerum", "lerum")],
    attendance: [present("s", "Siv Sekreterare", "ale")],
    roundTable: [entry("lerum", "Lerum har\nny personal."), entry("ale", "Ale växer."), entry("af", "Nya regler.\nFler möten."), entry("vgr", "Regionen informerar.")],
    agenda: [item(2, "Omvärldsbevakning"), item(1, "Inledning", { notes: "Vi börjar." }), item(3, "Övrigt")],
    ...extra,
  };
}

describe("minutes in the house format", () => {
  it("dates the minutes by the Stockholm date of the meeting", () => {
    assert.match(renderMinutesText(buildMinutesDocument(input())), /^Testnätverket\n\nAnteckningar 2025-03-12\n\nPlats: Digitalt via Teams\n/);
  });

  it("puts the round table under item 1 after the typed notes, one line per municipality in round-table order", () => {
    const doc = buildMinutesDocument(input());
    const text = renderMinutesText(doc);
    assert.ok(text.includes("1. Inledning\nVi börjar.\nAle: Ale växer.\nLerum: Lerum har ny personal.\n"));
  });

  it("lists the round table once when item 1's notes hold the block the round table wrote at its close", () => {
    const notes = mergeGeneratedBlock("Vi börjar.", roundTableMinutesLines(organisations, input().roundTable));
    const text = renderMinutesText(buildMinutesDocument(input({ agenda: [item(1, "Inledning", { notes }), item(2, "Omvärldsbevakning")] })));
    assert.equal(text.split("\n").filter((line) => line === "Ale: Ale växer.").length, 1);
    assert.ok(text.includes("1. Inledning\nVi börjar.\nAle: Ale växer.\n"));
  });

  it("puts agencies and regions under 'Omvärldsbevakning': the organisation's name, then its text", () => {
    const text = renderMinutesText(buildMinutesDocument(input()));
    assert.ok(text.includes("2. Omvärldsbevakning\nArbetsförmedlingen\nNya regler.\nFler möten.\nVGR\nRegionen informerar.\n"));
    assert.ok(!text.includes("Arbetsförmedlingen: "));
  });

  it("puts agencies in item 1 like municipalities when there is no 'Omvärldsbevakning' item", () => {
    const text = renderMinutesText(buildMinutesDocument(input({ agenda: [item(1, "Inledning")] })));
    assert.ok(text.includes("Lerum: Lerum har ny personal.\nArbetsförmedlingen: Nya regler. Fler möten.\nVGR: Regionen informerar."));
  });

  it("lists decisions and action points as bullets after the notes", () => {
    const agenda = [item(1, "Inledning"), item(2, "Övrigt", { notes: "Diskussion.", decisions: ["Nästa möte i maj."], actions: [{ id: "a", what: "Skicka ut bilderna", owner: "GR", due: "2025-04-01", done: false }] })];
    const text = renderMinutesText(buildMinutesDocument(input({ agenda })));
    assert.ok(text.includes("2. Övrigt\nDiskussion.\n• Nästa möte i maj.\n• Skicka ut bilderna (ansvarig: GR, senast 2025-04-01)\n"));
  });

  it("writes an action point that names its owner first as the sentence it is", () => {
    assert.equal(formatAction({ what: "Stenungsund uppdaterar sändlistan.", owner: "Stenungsund" }, "sv"), "Stenungsund uppdaterar sändlistan.");
    assert.equal(formatAction({ what: "Send the slides", owner: "GR", due: "2025-04-01" }, "en"), "Send the slides (responsible: GR, by 2025-04-01)");
  });

  it("lists someone present for some items after the organisation's whole-meeting attendees", () => {
    const attendance = [present("x", "Anna Ale", "ale", [2]), present("s", "Siv Sekreterare", "ale"), present("l", "Lars Lerum", "lerum")];
    const doc = buildMinutesDocument(input({ attendance }));
    assert.deepEqual(doc.present, ["Siv Sekreterare, Ale", "Anna Ale, Ale (pkt 2)", "Lars Lerum, Lerum"]);
  });

  it("says 'Inga' under an empty attendance list and ends with 'Antecknat av' the secretary", () => {
    const text = renderMinutesText(buildMinutesDocument(input({ members: [member("s", "Siv Sekreterare", "ale")] })));
    assert.ok(text.includes("EJ NÄRVARANDE\nInga\n"));
    assert.ok(text.endsWith("\nAntecknat av Siv Sekreterare\n"));
  });

  it("leaves out 'Antecknat av' when the meeting has no secretary", () => {
    const text = renderMinutesText(buildMinutesDocument(input({ meeting: { title: "M", startUtc: "2025-03-12T08:00:00Z", place: "P" } })));
    assert.ok(!text.includes("Antecknat av"));
  });

  it("uses English words for an English-speaking network", () => {
    const text = renderMinutesText(buildMinutesDocument(input({ network: { name: "Network", language: "en" } })));
    assert.ok(text.includes("Minutes 2025-03-12\n\nPlace: Digitalt via Teams\n\nPRESENT\n"));
    assert.ok(text.includes("\nNOT PRESENT\n"));
    assert.ok(text.endsWith("Minutes taken by Siv Sekreterare\n"));
  });

  it("never lets HTML from notes, decisions, round-table texts or titles into the text or Markdown", () => {
    const agenda = [item(1, "Inledning <b onmouseover=x>", { notes: "<script>alert(1)</script>Hej [länk](javascript:alert(1)) <img src=x onerror=alert(1)>", decisions: ["<iframe src=x></iframe>Beslut"] })];
    const doc = buildMinutesDocument(input({ agenda, roundTable: [entry("ale", "<script>x</script>Ale <svg onload=alert(1)>")] }));
    for (const out of [renderMinutesText(doc), renderMinutesMarkdown(doc)]) {
      for (const bad of ["<script", "javascript:", "onerror", "onload", "onmouseover", "<iframe", "<img"]) assert.ok(!out.includes(bad), `${bad} in ${out}`);
      assert.ok(out.includes("Hej länk"));
      assert.ok(out.includes("Beslut"));
    }
  });

  it("writes Markdown with headings, '- ' lists, bold and links, and escapes Markdown characters in plain text", () => {
    const agenda = [item(1, "Inledning", { notes: "Se **detta** och [sidan](https://example.org/a).\n- punkt" }), item(2, "Pris *ca* 5_000 [sic]")];
    const md = renderMinutesMarkdown(buildMinutesDocument(input({ agenda, roundTable: [] })));
    assert.ok(md.includes("### 1. Inledning\n\nSe **detta** och [sidan](https://example.org/a).\n\n- punkt\n"));
    assert.ok(md.includes("### 2. Pris \\*ca\\* 5\\_000 \\[sic\\]"));
    assert.ok(md.includes("### NÄRVARANDE\n\n- Siv Sekreterare, Ale\n"));
  });
});
