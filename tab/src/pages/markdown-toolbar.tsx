import { Button, Input, Toolbar, ToolbarButton } from "@fluentui/react-components";
import { useState, type RefObject } from "react";
import { isSafeUrl } from "../../../bot/src/domain/sanitise-markdown";

const texts = {
  sv: { bold: "Fetstil", bullets: "Punktlista", link: "Länk", address: "Adress (https://…)", insert: "Infoga", unsafe: "Bara adresser som börjar med https://, http:// eller mailto:." },
  en: { bold: "Bold", bullets: "Bullet list", link: "Link", address: "Address (https://…)", insert: "Insert", unsafe: "Only addresses starting with https://, http:// or mailto:." },
} as const;

/** Replaces the selected text of a textarea and tells the new value. */
function replaceSelection(area: HTMLTextAreaElement, change: (selected: string) => string, onChange: (value: string) => void): void {
  const { selectionStart: start, selectionEnd: end, value } = area;
  const replaced = change(value.slice(start, end));
  onChange(value.slice(0, start) + replaced + value.slice(end));
  requestAnimationFrame(() => {
    area.focus();
    area.setSelectionRange(start, start + replaced.length);
  });
}

/** Lines touched by the selection, whole. */
function selectLines(area: HTMLTextAreaElement): void {
  const { value } = area;
  const start = value.lastIndexOf("\n", area.selectionStart - 1) + 1;
  const endBreak = value.indexOf("\n", area.selectionEnd);
  area.setSelectionRange(start, endBreak === -1 ? value.length : endBreak);
}

/** The small Markdown toolbar of the notes editor: bold, bullet list, link. */
export function MarkdownToolbar(props: { target: RefObject<HTMLTextAreaElement | null>; onChange: (value: string) => void; language: "sv" | "en"; label: string }) {
  const t = texts[props.language];
  const [linkOpen, setLinkOpen] = useState(false);
  const [address, setAddress] = useState("https://");
  const edit = (change: (selected: string) => string, wholeLines = false) => {
    const area = props.target.current;
    if (!area) return;
    if (wholeLines) selectLines(area);
    replaceSelection(area, change, props.onChange);
  };
  const insertLink = () => {
    if (!isSafeUrl(address)) return;
    edit((selected) => `[${selected || address}](${address})`);
    setLinkOpen(false);
  };
  return (
    <div>
      <Toolbar aria-label={props.label} size="small">
        <ToolbarButton aria-label={t.bold} onClick={() => edit((s) => `**${s || t.bold.toLowerCase()}**`)}><b>B</b></ToolbarButton>
        <ToolbarButton aria-label={t.bullets} onClick={() => edit((s) => s.split("\n").map((l) => (/^\s*[-*•] /.test(l) ? l : `- ${l}`)).join("\n"), true)}>{`• ${t.bullets}`}</ToolbarButton>
        <ToolbarButton aria-label={t.link} onClick={() => setLinkOpen((open) => !open)}><u>{t.link}</u></ToolbarButton>
      </Toolbar>
      {linkOpen ? (
        <div style={{ display: "flex", gap: 8, alignItems: "center", margin: "4px 0" }}>
          <Input aria-label={t.address} value={address} onChange={(_e, d) => setAddress(d.value)} style={{ flexGrow: 1 }} />
          <Button size="small" disabled={!isSafeUrl(address)} onClick={insertLink}>{t.insert}</Button>
          {!isSafeUrl(address) ? <span role="alert">{t.unsafe}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
