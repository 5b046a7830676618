import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ReOrderDotsVerticalRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { MemberRow, OrganisationRequest, OrganisationRow } from "../../../../bot/src/api/contract";
import { useLanguage, useText } from "../../i18n";
import { kindLabel } from "./admin-labels";
import { OrganisationEditor } from "./organisation-editor";

const text = {
  sv: {
    move: (name: string, at: number, of: number) => `Flytta ${name}, plats ${at} av ${of}`,
    moved: (name: string, at: number, of: number) => `${name} flyttad till plats ${at} av ${of}. Spara ordningen när du är klar.`,
    inactive: "Inaktiverad", contact: "Kontaktperson", edit: "Ändra", deactivate: "Inaktivera", activate: "Aktivera igen", list: "Organisationer i rundans ordning",
  },
  en: {
    move: (name: string, at: number, of: number) => `Move ${name}, position ${at} of ${of}`,
    moved: (name: string, at: number, of: number) => `${name} moved to position ${at} of ${of}. Save the order when you are done.`,
    inactive: "Deactivated", contact: "Contact person", edit: "Change", deactivate: "Deactivate", activate: "Activate again", list: "Organisations in round-table order",
  },
};

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { opacity: 0.5 },
  over: { borderTopColor: tokens.colorBrandStroke1, borderTopWidth: tokens.strokeWidthThicker },
  inactive: { backgroundColor: tokens.colorNeutralBackground3 },
  facts: { flex: "1 1 140px", minWidth: 0, display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  handle: { cursor: "grab" },
  liveRegion: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/**
 * The organisations in round-table order. A row is moved by dragging it, or with the arrow keys on its
 * handle (focus stays on the moved row and a live region says where it went); each row can be changed,
 * deactivated or activated again.
 */
export function OrganisationOrderList(props: {
  organisations: OrganisationRow[];
  members: MemberRow[];
  busy: boolean;
  onMove: (from: number, to: number) => void;
  onSave: (id: string, etag: string, body: OrganisationRequest) => Promise<boolean>;
}) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const [editing, setEditing] = useState<string>();
  const [dragged, setDragged] = useState<number>();
  const [over, setOver] = useState<number>();
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<string>();
  const handles = useRef(new Map<string, HTMLElement>());
  const count = props.organisations.length;
  const names = new Map(props.members.map((m) => [m.aadObjectId, m.displayName]));

  useEffect(() => {
    if (focusId) handles.current.get(focusId)?.focus();
  }, [focusId, props.organisations]);

  const move = (from: number, to: number) => {
    const target = Math.max(0, Math.min(count - 1, to));
    if (target === from) return;
    const organisation = props.organisations[from]!;
    props.onMove(from, target);
    setFocusId(organisation.id);
    setAnnouncement(t.moved(organisation.name, target + 1, count));
  };

  return (
    <>
      <ol className={styles.list} aria-label={t.list}>
        {props.organisations.map((o, index) => {
          const active = o.active !== false;
          if (editing === o.id) {
            return (
              <li key={o.id} className={styles.row}>
                <OrganisationEditor organisation={o} members={props.members} busy={props.busy} onCancel={() => setEditing(undefined)}
                  onSave={async (body) => { if (await props.onSave(o.id, o.etag, body)) setEditing(undefined); }} />
              </li>
            );
          }
          return (
            <li
              key={o.id}
              data-organisation-id={o.id}
              draggable
              className={mergeClasses(styles.row, !active && styles.inactive, dragged === index && styles.dragging, over === index && dragged !== index && styles.over)}
              onDragStart={(e) => { e.dataTransfer.effectAllowed = "move"; e.dataTransfer.setData("text/plain", o.id); setDragged(index); }}
              onDragOver={(e) => { e.preventDefault(); setOver(index); }}
              onDragLeave={() => setOver((current) => (current === index ? undefined : current))}
              onDrop={(e) => { e.preventDefault(); if (dragged !== undefined) move(dragged, index); setDragged(undefined); setOver(undefined); }}
              onDragEnd={() => { setDragged(undefined); setOver(undefined); }}
            >
              <Button
                ref={(el) => { if (el) handles.current.set(o.id, el); else handles.current.delete(o.id); }}
                className={styles.handle}
                appearance="subtle"
                icon={<ReOrderDotsVerticalRegular />}
                aria-label={t.move(o.name, index + 1, count)}
                aria-describedby="organisation-order-help"
                data-reorder-handle
                onKeyDown={(e) => {
                  if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
                  e.preventDefault();
                  move(index, index + (e.key === "ArrowUp" ? -1 : 1));
                }}
              />
              <div className={styles.facts}>
                <Text weight="semibold">{o.name}</Text>
                <Caption1>
                  {kindLabel(o.kind, language)}
                  {o.contactMemberId ? ` · ${t.contact}: ${names.get(o.contactMemberId) ?? o.contactMemberId}` : ""}
                </Caption1>
              </div>
              {active ? null : <Badge appearance="tint" color="informative">{t.inactive}</Badge>}
              <div className={styles.actions}>
                <Button size="small" disabled={props.busy} onClick={() => setEditing(o.id)} aria-label={`${t.edit} ${o.name}`}>{t.edit}</Button>
                <Button size="small" disabled={props.busy} aria-label={`${active ? t.deactivate : t.activate} ${o.name}`}
                  onClick={() => void props.onSave(o.id, o.etag, { name: o.name, kind: o.kind, active: !active })}>
                  {active ? t.deactivate : t.activate}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.liveRegion} aria-live="polite" role="status">{announcement}</div>
    </>
  );
}
