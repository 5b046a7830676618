import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AttendancePayload, MeetingDetail } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useSurfaceStyles } from "../components/surface";
import { useLanguage, useText } from "../i18n";
import { rollCallLabel } from "../labels";
import { useApi, usePolling, useSession } from "../session";
import { AttendanceRow } from "./attendance-row";
import { AttendanceProposal } from "./attendance-proposal";
import { GuestForm } from "./guest-form";

/** How often the lists refresh while the roll call is open. */
export const ATTENDANCE_POLL_MS = 5000;

const text = {
  sv: {
    title: "Närvaro", loading: "Hämtar närvaro …", present: "Närvarande", absent: "Ej närvarande", nobody: "Organisationer utan närvarande",
    live: "Listan uppdateras automatiskt.", none: "Ingen.", notSaved: "Ändringen sparades inte",
  },
  en: {
    title: "Attendance", loading: "Loading attendance …", present: "Present", absent: "Not present", nobody: "Organisations with nobody present",
    live: "The list updates automatically.", none: "Nobody.", notSaved: "The change was not saved",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const nameOf = (line: string) => line.split(",")[0] ?? line;

/** The attendance lists, live while the roll call is open; the chair, secretary or coordinator can correct them. */
export function AttendanceTab(props: { meeting: MeetingDetail; canMark: boolean; initial?: AttendancePayload }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { surface: card } = useSurfaceStyles();
  const { call } = useSession();
  const path = `/meetings/${encodeURIComponent(props.meeting.id)}/attendance`;
  const { data, error, reload } = useApi<AttendancePayload>(path, props.initial);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<Error>();
  usePolling(data?.rollCall === "open", ATTENDANCE_POLL_MS, reload);

  const mark = async (personId: string, body: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    setWriteError(undefined);
    try {
      await call(`${path}/${encodeURIComponent(personId)}`, { method: "PUT", body: JSON.stringify(body) });
      reload();
      return true;
    } catch (e) {
      setWriteError(e as Error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!data) return error ? <ErrorBar error={error} onRetry={reload} /> : <Loading label={t.loading} />;
  const recordOf = (personId: string) => data.records.find((r) => r.personId === personId);
  const onMark = (personId: string) => (props.canMark ? (change: { status: "present" | "absent"; items?: number[] }) => mark(personId, change) : undefined);
  return (
    <section className={styles.root} aria-labelledby="attendance-title">
      <div className={styles.head}>
        <Subtitle2 as="h2" block id="attendance-title">{t.title}</Subtitle2>
        <Badge appearance="tint" color={data.rollCall === "open" ? "warning" : "informative"}>{rollCallLabel(data.rollCall, language)}</Badge>
        {data.rollCall === "open" ? <Caption1>{t.live}</Caption1> : null}
      </div>
      {error ? <ErrorBar error={error} onRetry={reload} /> : null}
      {writeError ? <ErrorBar error={writeError} title={t.notSaved} /> : null}
      {([["present", data.lists.present], ["absent", data.lists.absent]] as const).map(([status, lines]) => (
        <section key={status} className={card} aria-labelledby={`attendance-${status}`}>
          <Subtitle2 as="h3" block id={`attendance-${status}`}>{`${t[status]} (${lines.length})`}</Subtitle2>
          {lines.length === 0 ? <Text as="p" block>{t.none}</Text> : (
            <ul className={styles.list} data-list={status}>
              {lines.map((line) => (
                <AttendanceRow key={line.personId} text={line.text} name={recordOf(line.personId)?.name ?? nameOf(line.text)} status={status}
                  items={recordOf(line.personId)?.items ?? []} busy={busy} onMark={onMark(line.personId)} />
              ))}
            </ul>
          )}
        </section>
      ))}
      {data.lists.organisationsWithNobody.length > 0 ? (
        <section className={card} aria-labelledby="attendance-nobody">
          <Subtitle2 as="h3" block id="attendance-nobody">{t.nobody}</Subtitle2>
          <Text as="p" block>{data.lists.organisationsWithNobody.map((o) => o.name).join(", ")}</Text>
        </section>
      ) : null}
      {props.canMark && props.meeting.joinUrl ? (
        <div className={card}>
          <AttendanceProposal meetingId={props.meeting.id} onConfirmed={reload} />
        </div>
      ) : null}
      {props.canMark ? (
        <div className={card}>
          <GuestForm busy={busy} onAdd={(guest) => mark(`guest-${crypto.randomUUID()}`, { ...guest, status: "present" })} />
        </div>
      ) : null}
    </section>
  );
}
