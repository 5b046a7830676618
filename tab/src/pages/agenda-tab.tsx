import { Body1, Button, Caption1, Link, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { AttachRegular, EditRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { AgendaItemView, MaterialListView, MeetingDetail } from "../../../bot/src/api/contract";
import { callApi } from "../api-client";
import { useLanguage } from "../i18n";
import { useSession } from "../session";
import { AgendaMaterial } from "./agenda-material";
import { useSurfaceStyles } from "../components/surface";
import { useText } from "../i18n";
import { AgendaEditor } from "./lazy-pages";

const text = {
  sv: {
    title: "Dagordning", edit: "Redigera dagordningen", empty: "Dagordningen är tom.", presenters: "Föredragande",
    minutes: (n: number) => `${n} min`, total: (n: number) => `Planerad tid sammanlagt ${n} min`,
  },
  en: {
    title: "Agenda", edit: "Edit the agenda", empty: "The agenda is empty.", presenters: "Presenters",
    minutes: (n: number) => `${n} min`, total: (n: number) => `Planned time in total ${n} min`,
  },
};

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "grid", gridTemplateColumns: "32px 1fr", columnGap: tokens.spacingHorizontalM },
  number: {
    width: "28px", height: "28px", borderRadius: tokens.borderRadiusCircular, display: "flex", alignItems: "center", justifyContent: "center",
    backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, fontWeight: tokens.fontWeightSemibold,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  description: { whiteSpace: "pre-wrap" },
  links: { listStyleType: "none", margin: 0, padding: 0 },
});

function AgendaItemRow(props: { item: AgendaItemView; meetingId: string; material?: MaterialListView; onMaterialChanged: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { item } = props;
  const meta = [item.presenters.length ? `${t.presenters}: ${item.presenters.join(", ")}` : "", item.plannedMinutes ? t.minutes(item.plannedMinutes) : ""].filter(Boolean).join(" · ");
  return (
    <li className={mergeClasses(surface.surface, styles.item)} data-agenda-item={item.number}>
      <span className={styles.number} aria-hidden="true">{item.number}</span>
      <div className={styles.body}>
        <Subtitle2 as="h3" block>
          <span className="visually-hidden">{`${item.number}. `}</span>
          {item.title}
        </Subtitle2>
        {meta ? <Caption1>{meta}</Caption1> : null}
        {item.description ? <Body1 className={styles.description}>{item.description}</Body1> : null}
        {item.attachments?.length ? (
          <ul className={styles.links}>
            {item.attachments.map((a, i) => (
              <li key={i}>
                <Link href={a.url} target="_blank" rel="noopener noreferrer"><AttachRegular aria-hidden="true" /> {a.title}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        {props.material ? <AgendaMaterial meetingId={props.meetingId} itemNumber={item.number} list={props.material} onChanged={props.onMaterialChanged} /> : null}
      </div>
    </li>
  );
}

/** The agenda; the coordinator and the meeting's secretary can switch to editing it. */
export function AgendaTab(props: { meeting: MeetingDetail; canEdit: boolean; onSaved: (agenda: AgendaItemView[]) => void }) {
  const t = useText(text);
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const { agenda } = props.meeting;
  const { credentials } = useSession();
  const language = useLanguage();
  const [material, setMaterial] = useState<MaterialListView>();
  const meetingId = props.meeting.id;
  // The material is shown where it can be read; a failed read leaves the agenda as it is.
  const loadMaterial = useCallback(() => {
    callApi<MaterialListView>(credentials, language, `/meetings/${encodeURIComponent(meetingId)}/material`).then(setMaterial, () => undefined);
  }, [credentials, language, meetingId]);
  useEffect(loadMaterial, [loadMaterial]);
  if (editing) {
    return (
      <AgendaEditor
        meetingId={props.meeting.id}
        items={agenda}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          props.onSaved(saved);
          setEditing(false);
        }}
      />
    );
  }
  const total = agenda.reduce((sum, item) => sum + (item.plannedMinutes ?? 0), 0);
  return (
    <section aria-labelledby="agenda-title">
      <div className={styles.head}>
        <div>
          <Subtitle2 as="h2" block id="agenda-title">{t.title}</Subtitle2>
          {total > 0 ? <Caption1 as="p" block>{t.total(total)}</Caption1> : null}
        </div>
        {props.canEdit ? <Button icon={<EditRegular />} onClick={() => setEditing(true)}>{t.edit}</Button> : null}
      </div>
      {agenda.length === 0 ? <Text>{t.empty}</Text> : (
        <ol className={styles.list}>
          {agenda.map((item) => <AgendaItemRow key={item.number} item={item} meetingId={meetingId} material={material} onMaterialChanged={loadMaterial} />)}
        </ol>
      )}
    </section>
  );
}
