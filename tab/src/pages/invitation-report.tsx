import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { CalendarAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { InvitationReport as Report, InvitationResult } from "../../../bot/src/api/contract";
import { downloadFile } from "../download";
import { useLanguage, useText } from "../i18n";
import { useSession } from "../session";

const text = {
  sv: {
    title: (reached: number, all: number) => (reached === 0 ? `Kallelsen nådde ingen: 0 av ${all} nådda` : `Kallelsen är skickad: ${reached} av ${all} nådda`),
    advice: "Så når du dem som inte fick kallelsen: be dem öppna Teams, välja Appar och lägga till Nätverksmöten (eller be Teams-administratören installera appen åt alla). Skicka sedan kallelsen igen – de som redan har den får den inte två gånger. Du kan också e-posta kalenderfilen till dem.",
    ics: "Ladda ner kalenderfilen (.ics) att e-posta",
    totals: { sent: "Skickade", updated: "Uppdaterade", "already-sent": "Hade redan den senaste versionen", "in-progress": "Skickas just nu", unreachable: "Kunde inte nås" },
    reasons: { "no-conversation-reference": "appen är inte installerad", "connector-error": "fel hos Teams" },
    unreachable: "Kunde inte nås:",
  },
  en: {
    title: (reached: number, all: number) => (reached === 0 ? `The invitation reached nobody: 0 of ${all} reached` : `The invitation has been sent: ${reached} of ${all} reached`),
    advice: "To reach those who did not get it: ask them to open Teams, choose Apps and add Network meetings (or ask the Teams administrator to install the app for everyone). Then send the invitation again – those who have it already do not get it twice. You can also e-mail them the calendar file.",
    ics: "Download the calendar file (.ics) to e-mail",
    totals: { sent: "Sent", updated: "Updated", "already-sent": "Already had the latest version", "in-progress": "Being sent right now", unreachable: "Not reachable" },
    reasons: { "no-conversation-reference": "the app is not installed", "connector-error": "error in Teams" },
    unreachable: "Not reachable:",
  },
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  advice: { margin: `${tokens.spacingVerticalXS} 0` },
});

const statuses: InvitationResult["status"][] = ["sent", "updated", "already-sent", "in-progress", "unreachable"];

/**
 * The per-member report of `POST …/invitations`: how many of the invitees it reached (never "sent" when
 * it reached nobody), the totals, who could not be reached and why, and what to do for them.
 */
export function InvitationReport(props: { report: Report }) {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const { credentials } = useSession();
  const [error, setError] = useState<string>();
  const unreachable = props.report.results.filter((r) => r.status === "unreachable");
  const all = props.report.results.length;
  const reached = all - unreachable.length;
  const ics = () => {
    setError(undefined);
    downloadFile(credentials, language, `/meetings/${encodeURIComponent(props.report.meetingId)}/calendar.ics`, "meeting.ics").catch((e: Error) => setError(e.message));
  };
  return (
    <MessageBar intent={reached === 0 && all > 0 ? "error" : unreachable.length ? "warning" : "success"} layout="multiline" data-invitation-report>
      <MessageBarBody>
        <MessageBarTitle>{t.title(reached, all)}</MessageBarTitle>
        <ul className={styles.list}>
          {statuses.filter((s) => props.report.totals[s] > 0 || s === "sent").map((s) => <li key={s}>{`${t.totals[s]}: ${props.report.totals[s] ?? 0}`}</li>)}
        </ul>
        {unreachable.length ? (
          <>
            {t.unreachable}
            <ul className={styles.list}>
              {unreachable.map((r) => <li key={r.memberId}>{`${r.displayName} – ${r.reason ? t.reasons[r.reason] : ""}`}</li>)}
            </ul>
            <p className={styles.advice}>{t.advice}</p>
            <Button size="small" icon={<CalendarAddRegular />} onClick={ics}>{t.ics}</Button>
            {error ? <p role="alert">{error}</p> : null}
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
