import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { InvitationReport as Report, InvitationResult } from "../../../bot/src/api/contract";
import { useText } from "../i18n";

const text = {
  sv: {
    title: "Kallelsen är skickad",
    totals: { sent: "Skickade", updated: "Uppdaterade", "already-sent": "Hade redan den senaste versionen", "in-progress": "Skickas just nu", unreachable: "Kunde inte nås" },
    reasons: { "no-conversation-reference": "appen är inte installerad", "connector-error": "fel hos Teams" },
    unreachable: "Kunde inte nås:",
  },
  en: {
    title: "The invitation has been sent",
    totals: { sent: "Sent", updated: "Updated", "already-sent": "Already had the latest version", "in-progress": "Being sent right now", unreachable: "Not reachable" },
    reasons: { "no-conversation-reference": "the app is not installed", "connector-error": "error in Teams" },
    unreachable: "Not reachable:",
  },
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const statuses: InvitationResult["status"][] = ["sent", "updated", "already-sent", "in-progress", "unreachable"];

/** The per-member report of `POST …/invitations`: the totals, and who could not be reached and why. */
export function InvitationReport(props: { report: Report }) {
  const t = useText(text);
  const styles = useStyles();
  const unreachable = props.report.results.filter((r) => r.status === "unreachable");
  return (
    <MessageBar intent={unreachable.length ? "warning" : "success"} layout="multiline" data-invitation-report>
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        <ul className={styles.list}>
          {statuses.filter((s) => props.report.totals[s] > 0 || s === "sent").map((s) => <li key={s}>{`${t.totals[s]}: ${props.report.totals[s] ?? 0}`}</li>)}
        </ul>
        {unreachable.length ? (
          <>
            {t.unreachable}
            <ul className={styles.list}>
              {unreachable.map((r) => <li key={r.memberId}>{`${r.displayName} – ${r.reason ? t.reasons[r.reason] : ""}`}</li>)}
            </ul>
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
