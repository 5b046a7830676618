import { Button, Input, makeStyles, Toolbar, ToolbarButton, tokens } from "@fluentui/react-components";
import { LinkRegular, TextBoldRegular, TextBulletListLtrRegular } from "@fluentui/react-icons";
import { useState, type KeyboardEvent, type RefObject } from "react";
import { isSafeUrl } from "../../../bot/src/domain/sanitise-markdown";
import { continueList, insertLink, toggleBold, toggleBullets, type TextState } from "./markdown-edit";

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

/**
 * Writes a change into the textarea itself (text and caret) before telling React: the controlled value
 * then already matches, so React leaves the caret where the change put it and the next keystroke lands there.
 */
export function applyEdit(area: HTMLTextAreaElement, change: (state: TextState) => TextState | undefined, onChange: (value: string) => void): boolean {
  const next = change({ value: area.value, start: area.selectionStart, end: area.selectionEnd });
  if (!next) return false;
  area.value = next.value;
  area.focus();
  area.setSelectionRange(next.start, next.end);
  onChange(next.value);
  return true;
}

/** Ctrl/Cmd+B for bold and list-continuing Enter in the notes textarea; true when the key was used. */
export function handleMarkdownKey(event: KeyboardEvent<HTMLTextAreaElement>, onChange: (value: string) => void): boolean {
  const area = event.currentTarget;
  const used = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "b" ? applyEdit(area, toggleBold, onChange)
    : event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey ? applyEdit(area, continueList, onChange)
      : false;
  if (used) event.preventDefault();
  return used;
}

/** The small Markdown toolbar of the notes editor: bold (also Ctrl+B), bullet list, link. */
export function MarkdownToolbar(props: { target: RefObject<HTMLTextAreaElement | null>; onChange: (value: string) => void; language: "sv" | "en"; label: string }) {
  const t = texts[props.language];
  const styles = useStyles();
  const [linkOpen, setLinkOpen] = useState(false);
  const [address, setAddress] = useState("https://");
  const edit = (change: (state: TextState) => TextState) => {
    const area = props.target.current;
    if (area) applyEdit(area, change, props.onChange);
  };
  const link = () => {
    if (!isSafeUrl(address)) return;
    edit((state) => insertLink(state, address));
    setLinkOpen(false);
  };
  return (
    <div>
      <Toolbar aria-label={props.label} size="small" className={styles.toolbar}>
        <ToolbarButton aria-label={t.bold} aria-keyshortcuts="Control+B" title={`${t.bold} (Ctrl+B)`} icon={<TextBoldRegular />} onClick={() => edit(toggleBold)} />
        <ToolbarButton aria-label={t.bullets} icon={<TextBulletListLtrRegular />} onClick={() => edit(toggleBullets)}>{t.bullets}</ToolbarButton>
        <ToolbarButton aria-label={t.link} aria-expanded={linkOpen} icon={<LinkRegular />} onClick={() => setLinkOpen((open) => !open)}>{t.link}</ToolbarButton>
      </Toolbar>
      {linkOpen ? (
        <div className={styles.link}>
          <Input aria-label={t.address} value={address} onChange={(_e, d) => setAddress(d.value)} className={styles.grow} />
          <Button size="small" disabled={!isSafeUrl(address)} onClick={link}>{t.insert}</Button>
          {!isSafeUrl(address) ? <span role="alert">{t.unsafe}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
