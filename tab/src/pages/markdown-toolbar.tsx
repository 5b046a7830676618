import { Button, Input, makeStyles, Toolbar, ToolbarButton, tokens } from "@fluentui/react-components";
import { LinkRegular, TextBoldRegular, TextBulletListLtrRegular } from "@fluentui/react-icons";
import { useState, type RefObject } from "react";
import { isSafeUrl } from "../../../bot/src/domain/sanitise-markdown";

const texts = {
  sv: { bold: "Fetstil", bullets: "Punktlista", link: "Länk", address: "Adress (https://…)", insert: "Infoga", unsafe: "Bara adresser som börjar med https://, http:// eller mailto:." },
  en: { bold: "Bold", bullets: "Bullet list", link: "Link", address: "Address (https://…)", insert: "Insert", unsafe: "Only addresses starting with https://, http:// or mailto:." },
} as const;

const useStyles = makeStyles({
  toolbar: {
    backgroundColor: tokens.colorNeutralBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium, alignSelf: "flex-start", flexWrap: "wrap",
  },
  link: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", margin: `${tokens.spacingVerticalXS} 0` },
  grow: { flexGrow: 1 },
});

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
  const styles = useStyles();
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
      <Toolbar aria-label={props.label} size="small" className={styles.toolbar}>
        <ToolbarButton aria-label={t.bold} icon={<TextBoldRegular />} onClick={() => edit((s) => `**${s || t.bold.toLowerCase()}**`)} />
        <ToolbarButton aria-label={t.bullets} icon={<TextBulletListLtrRegular />} onClick={() => edit((s) => s.split("\n").map((l) => (/^\s*[-*•] /.test(l) ? l : `- ${l}`)).join("\n"), true)}>{t.bullets}</ToolbarButton>
        <ToolbarButton aria-label={t.link} aria-expanded={linkOpen} icon={<LinkRegular />} onClick={() => setLinkOpen((open) => !open)}>{t.link}</ToolbarButton>
      </Toolbar>
      {linkOpen ? (
        <div className={styles.link}>
          <Input aria-label={t.address} value={address} onChange={(_e, d) => setAddress(d.value)} className={styles.grow} />
          <Button size="small" disabled={!isSafeUrl(address)} onClick={insertLink}>{t.insert}</Button>
          {!isSafeUrl(address) ? <span role="alert">{t.unsafe}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
