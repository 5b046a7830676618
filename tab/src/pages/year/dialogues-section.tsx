import { Button, Caption1, Field, Link, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DialogueGatherPayload, DialogueGroupView, DialogueNotesPayload, DialoguesPayload, DialogueView, MeetingsPayload, MembersPayload } from "../../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../../components/states";
import { useSurfaceStyles } from "../../components/surface";
import { useText } from "../../i18n";
import { hrefOf } from "../../router";
import { useApi, useSession } from "../../session";

const texts = {
  sv: {
    loading: "Hämtar gruppdialogerna …", meeting: "Möte", none: "Mötet har inga gruppdialoger ännu.", questions: "Frågor", scribes: "Antecknare",
    notes: (g: string) => `Anteckningar för ${g} (en punkt per rad)`, save: "Spara", saved: "Sparat.", hidden: "Gruppens anteckningar syns för dess antecknare, ordföranden, sekreteraren och samordnaren.",
    gather: "För in i anteckningarna", gathered: (n: number) => `Punkt ${n} i anteckningarna har fått "Utdrag ur dialogerna". Redigera den gärna innan publicering.`, toMinutes: "Öppna anteckningarna",
    setUp: "Frågor och grupper", item: "Punkt", questionsHint: "En fråga per rad", groupsLabel: "Grupper: en per rad, \"Namn: antecknare, antecknare\"", setUpSave: "Spara frågor och grupper",
    unknown: (n: string) => `Hittar ingen medlem som heter ${n}.`, setUpSaved: "Sparat. Antecknarna får ett kort i chatten med boten.",
  },
  en: {
    loading: "Loading the group dialogues …", meeting: "Meeting", none: "The meeting has no group dialogues yet.", questions: "Questions", scribes: "Scribes",
    notes: (g: string) => `Notes for ${g} (one point a line)`, save: "Save", saved: "Saved.", hidden: "A group's notes are shown to its scribes, the chair, the secretary and the coordinator.",
    gather: "Put into the minutes", gathered: (n: number) => `Item ${n} of the minutes now has "Utdrag ur dialogerna". Edit it before publishing if you like.`, toMinutes: "Open the minutes",
    setUp: "Questions and groups", item: "Item", questionsHint: "One question a line", groupsLabel: "Groups: one a line, \"Name: scribe, scribe\"", setUpSave: "Save questions and groups",
    unknown: (n: string) => `No member called ${n}.`, setUpSaved: "Saved. The scribes get a card in their chat with the bot.",
  },
};

const useStyles = makeStyles({
  /** Fields shrink with the page, so that long meeting titles do not widen it at 320 px. */
  field: { flex: "1 1 160px", minWidth: 0, maxWidth: "100%" },
  control: { width: "100%", minWidth: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

type Notice = { intent: "success" | "error"; text: string; link?: string };

function GroupNotes(props: { meetingId: string; item: number; group: DialogueGroupView; onSaved: () => void }) {
  const t = useText(texts);
  const styles = useStyles();
  const { call } = useSession();
  const { group } = props;
  const [text, setText] = useState(group.notes?.text ?? "");
  // The saved version's eTag: the next save is checked against it (the list's reload keeps this form, and its notice).
  const [etag, setEtag] = useState(group.notes?.etag);
  const [notice, setNotice] = useState<Notice>();
  const save = () => {
    const headers: Record<string, string> = etag ? { "If-Match": etag } : {};
    call<DialogueNotesPayload>(`/meetings/${encodeURIComponent(props.meetingId)}/dialogues/${props.item}/groups/${encodeURIComponent(group.id)}/notes`, { method: "PUT", headers, body: JSON.stringify({ text }) })
      .then((saved) => {
        setEtag(saved.etag);
        setNotice({ intent: "success", text: t.saved });
        props.onSaved();
      }, (e: Error) => setNotice({ intent: "error", text: e.message }));
  };
  return (
    <div>
      <Field label={t.notes(group.name)} className={styles.field}><Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" /></Field>
      <Button onClick={save}>{t.save}</Button>
      {notice ? <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}><MessageBarBody>{notice.text}</MessageBarBody></MessageBar> : null}
    </div>
  );
}

function SetUpForm(props: { meetingId: string; items: DialoguesPayload["items"]; existing: DialogueView[]; onSaved: () => void }) {
  const t = useText(texts);
  const styles = useStyles();
  const { call } = useSession();
  const members = useApi<MembersPayload>("/members");
  const [item, setItem] = useState(String(props.existing[0]?.itemNumber ?? props.items[1]?.number ?? props.items[0]?.number ?? 1));
  const current = props.existing.find((d) => String(d.itemNumber) === item);
  const [questions, setQuestions] = useState(current?.questions.join("\n") ?? "");
  const [groups, setGroups] = useState(current?.groups.map((g) => `${g.name}: ${g.scribes.map((s) => s.displayName).join(", ")}`).join("\n") ?? "");
  const [notice, setNotice] = useState<Notice>();
  const save = () => {
    const people = members.data?.members ?? [];
    try {
      const parsed = groups.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
        const [name = "", names = ""] = line.split(":");
        const scribeIds = names.split(",").map((n) => n.trim()).filter(Boolean).map((n) => {
          const found = people.find((p) => p.displayName.toLocaleLowerCase("sv") === n.toLocaleLowerCase("sv"));
          if (!found) throw new Error(t.unknown(n));
          return found.aadObjectId;
        });
        const kept = current?.groups.find((g) => g.name === name.trim());
        return { ...(kept ? { id: kept.id } : {}), name: name.trim(), scribeIds };
      });
      const body = { questions: questions.split("\n").map((q) => q.trim()).filter(Boolean), groups: parsed };
      call(`/meetings/${encodeURIComponent(props.meetingId)}/dialogues/${item}`, { method: "PUT", body: JSON.stringify(body) })
        .then(() => {
          setNotice({ intent: "success", text: t.setUpSaved });
          props.onSaved();
        }, (e: Error) => setNotice({ intent: "error", text: e.message }));
    } catch (error) {
      setNotice({ intent: "error", text: (error as Error).message });
    }
  };
  return (
    <div data-testid="dialogue-setup">
      <Subtitle2 as="h2">{t.setUp}</Subtitle2>
      <Field label={t.item} className={styles.field}><Select className={styles.control} value={item} onChange={(_e, d) => setItem(d.value)}>{props.items.map((i) => <option key={i.number} value={String(i.number)}>{`${i.number}. ${i.title}`}</option>)}</Select></Field>
      <Field label={t.questions} hint={t.questionsHint} className={styles.field}><Textarea value={questions} onChange={(_e, d) => setQuestions(d.value)} resize="vertical" /></Field>
      <Field label={t.groupsLabel} className={styles.field}><Textarea value={groups} onChange={(_e, d) => setGroups(d.value)} resize="vertical" /></Field>
      <Button appearance="primary" onClick={save}>{t.setUpSave}</Button>
      {notice ? <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}><MessageBarBody>{notice.text}</MessageBarBody></MessageBar> : null}
    </div>
  );
}

/** Group dialogues of a meeting: questions and groups (chair), each group's notes (scribes), gathering (secretary). */
export function DialoguesSection() {
  const t = useText(texts);
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call } = useSession();
  const meetings = useApi<MeetingsPayload>("/meetings");
  const [chosen, setChosen] = useState("");
  const [notice, setNotice] = useState<Notice>();
  const list = (meetings.data?.meetings ?? []).filter((m) => m.status !== "cancelled");
  const meetingId = chosen || list.find((m) => m.upcoming)?.id || list.at(-1)?.id || "";
  const dialogues = useApi<DialoguesPayload>(meetingId ? `/meetings/${encodeURIComponent(meetingId)}/dialogues` : undefined);
  if (meetings.error) return <ErrorBar error={meetings.error} onRetry={meetings.reload} />;
  if (!meetings.data) return <Loading label={t.loading} />;
  const gather = (item: number) => {
    call<DialogueGatherPayload>(`/meetings/${encodeURIComponent(meetingId)}/dialogues/${item}/gather`, { method: "POST" })
      .then(() => setNotice({ intent: "success", text: t.gathered(item), link: hrefOf({ page: "meeting", meetingId, tab: "minutes" }) }), (e: Error) => setNotice({ intent: "error", text: e.message }));
  };
  const data = dialogues.data;
  return (
    <section className={styles.root} data-testid="dialogues-section">
      <Field label={t.meeting} className={styles.field}><Select className={styles.control} value={meetingId} onChange={(_e, d) => setChosen(d.value)}>{list.map((m) => <option key={m.id} value={m.id}>{`${m.title} ${m.startUtc.slice(0, 10)}`}</option>)}</Select></Field>
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text} {notice.link ? <Link href={notice.link}>{t.toMinutes}</Link> : null}</MessageBarBody>
        </MessageBar>
      ) : null}
      {dialogues.error ? <ErrorBar error={dialogues.error} onRetry={dialogues.reload} /> : null}
      {!data ? (meetingId ? <Loading label={t.loading} /> : null) : (
        <>
          {data.dialogues.length === 0 ? <Text>{t.none}</Text> : data.dialogues.map((d) => (
            <article key={d.itemNumber} className={surface.surface} data-testid="dialogue">
              <Subtitle2 as="h2">{`${d.itemNumber}. ${d.itemTitle}`}</Subtitle2>
              <Caption1 as="p" block>{t.questions}</Caption1>
              <ul>{d.questions.map((q) => <li key={q}><Text>{q}</Text></li>)}</ul>
              {d.groups.map((g) => (
                <div key={g.id}>
                  <Text weight="semibold">{g.name}</Text> <Caption1>{`${t.scribes}: ${g.scribes.map((s) => s.displayName).join(", ") || "–"}`}</Caption1>
                  {g.mayWrite ? <GroupNotes meetingId={meetingId} item={d.itemNumber} group={g} onSaved={dialogues.reload} key={`${meetingId}|${d.itemNumber}|${g.id}`} /> : null}
                </div>
              ))}
              {d.groups.some((g) => !g.mayWrite) ? <Caption1 as="p" block>{t.hidden}</Caption1> : null}
              {data.mayGather ? <div className={styles.row}><Button appearance="primary" onClick={() => gather(d.itemNumber)}>{t.gather}</Button></div> : null}
            </article>
          ))}
          {data.maySetUp ? <SetUpForm key={meetingId} meetingId={meetingId} items={data.items} existing={data.dialogues} onSaved={dialogues.reload} /> : null}
        </>
      )}
    </section>
  );
}
