import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger,
  MessageBar, MessageBarBody, tokens,
} from "@fluentui/react-components";
import { DismissCircleRegular, EditRegular, MoreHorizontalRegular, SendRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { isBeforeMeeting, meetingPhase } from "../../../bot/src/domain/meeting-phase";
import { ApiError, callApiWithEtag } from "../api-client";
import type { InvitationReport as Report, MeetingDetail } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { useNarrow } from "../components/use-narrow";
import { useLanguage, useText } from "../i18n";
import { useSession } from "../session";
import { InvitationReport } from "./invitation-report";
import { InvitationConfirm } from "./invitation-confirm";
import { MeetingChatLink } from "./meeting-chat-link";
import { MeetingForm } from "./meeting-form";
import { draftOfMeeting, meetingInputOf, type MeetingDraft } from "./meeting-form-draft";

const text = {
  sv: {
    edit: "Ändra mötet", editTitle: "Ändra mötets uppgifter", save: "Spara ändringarna", cancelMeeting: "Ställ in mötet", send: "Skicka kallelse", sending: "Skickar …",
    confirmTitle: "Ställa in mötet?", confirmBody: "Alla som har fått kallelsen får veta att mötet är inställt. Det går inte att ångra.", keep: "Behåll mötet",
    conflict: "Någon annan ändrade mötet medan du redigerade. Formuläret visar nu den senaste versionen; gör din ändring igen.",
    failed: "Det gick inte", manage: "Hantera mötet",
  },
  en: {
    edit: "Change the meeting", editTitle: "Change the meeting's facts", save: "Save the changes", cancelMeeting: "Cancel the meeting", send: "Send invitation", sending: "Sending …",
    confirmTitle: "Cancel the meeting?", confirmBody: "Everyone who has the invitation is told that the meeting is cancelled. This cannot be undone.", keep: "Keep the meeting",
    conflict: "Someone else changed the meeting while you were editing. The form now shows the latest version; make your change again.",
    failed: "That did not work", manage: "Manage the meeting",
  },
};

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  menuButton: { alignSelf: "flex-start" },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Editing = { draft: MeetingDraft; etag?: string; conflict: boolean };

/**
 * The coordinator's tools on a meeting page: change its facts (saved with `If-Match` on the version read
 * when the form opened), cancel it after a confirmation, and send the invitation with its report after a
 * preview of the card and who it will reach.
 */
export function MeetingAdmin(props: { meeting: MeetingDetail; onChanged: (meeting: MeetingDetail) => void }) {
  const t = useText(text);
  const styles = useStyles();
  const language = useLanguage();
  const { call, credentials } = useSession();
  const { meeting } = props;
  const path = `/meetings/${encodeURIComponent(meeting.id)}`;
  const [editing, setEditing] = useState<Editing>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [report, setReport] = useState<Report>();
  const [confirming, setConfirming] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasPreviewing = useRef(false);
  useEffect(() => {
    // The preview is unmounted as it closes, so it cannot give the focus back itself.
    if (wasPreviewing.current && !previewing) opener.current?.focus();
    wasPreviewing.current = previewing;
  }, [previewing]);
  const narrow = useNarrow();

  const load = async (conflict: boolean) => {
    const { body, etag } = await callApiWithEtag<MeetingDetail>(credentials, language, path);
    props.onChanged(body);
    setEditing({ draft: draftOfMeeting(body), etag, conflict });
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const save = async (draft: MeetingDraft) => {
    try {
      const headers = editing?.etag ? { "If-Match": editing.etag } : undefined;
      const saved = await call<MeetingDetail>(path, { method: "PUT", headers, body: JSON.stringify(meetingInputOf(draft, true)) });
      props.onChanged(saved);
      setEditing(undefined);
    } catch (e) {
      if (!(e instanceof ApiError && e.code === "concurrent_update")) throw e;
      await load(true);
    }
  };
  const cancelMeeting = () => run(async () => props.onChanged(await call<MeetingDetail>(`${path}/cancel`, { method: "POST" })));
  const send = () => run(async () => {
    setReport(undefined);
    setReport(await call<Report>(`${path}/invitations`, { method: "POST" }));
    props.onChanged(await call<MeetingDetail>(path));
  });

  if (meeting.status === "cancelled") return null;
  if (editing) {
    const notice = editing.conflict ? <MessageBar intent="warning" role="alert"><MessageBarBody>{t.conflict}</MessageBarBody></MessageBar> : undefined;
    return <MeetingForm heading={t.editTitle} saveLabel={t.save} initial={editing.draft} notice={notice} onSave={save} onCancel={() => setEditing(undefined)} />;
  }
  const started = !isBeforeMeeting(meetingPhase(meeting, new Date()));
  const actions = [
    { key: "edit", label: t.edit, icon: <EditRegular />, act: () => void run(() => load(false)) },
    ...(started ? [] : [
      { key: "send", label: busy ? t.sending : t.send, icon: <SendRegular />, act: () => setPreviewing(true) },
      { key: "cancel", label: t.cancelMeeting, icon: <DismissCircleRegular />, act: () => setConfirming(true) },
    ]),
  ];
  return (
    <section className={styles.root} aria-label={t.manage} data-meeting-admin>
      {narrow ? (
        // In the side panel the buttons would stack and push the meeting down: one menu instead.
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button ref={opener} className={styles.menuButton} icon={<MoreHorizontalRegular />} disabledFocusable={busy}>{t.manage}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {actions.map((a) => <MenuItem key={a.key} icon={a.icon} onClick={a.act}>{a.label}</MenuItem>)}
            </MenuList>
          </MenuPopover>
        </Menu>
      ) : (
        <div className={styles.bar}>
          {actions.map((a) => <Button key={a.key} ref={a.key === "send" ? opener : undefined} icon={a.icon} disabledFocusable={busy} onClick={a.act}>{a.label}</Button>)}
        </div>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.confirmTitle}</DialogTitle>
            <DialogContent>{t.confirmBody}</DialogContent>
            <DialogActions fluid>
              {/* The safe choice has the focus, so that Enter right after opening does not cancel the meeting. */}
              <Button appearance="primary" autoFocus onClick={() => setConfirming(false)}>{t.keep}</Button>
              <Button onClick={() => { setConfirming(false); void cancelMeeting(); }}>{t.cancelMeeting}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {previewing ? <InvitationConfirm meetingId={meeting.id} onClose={() => setPreviewing(false)} onSend={() => { setPreviewing(false); void send(); }} /> : null}
      {error ? <ErrorBar error={error} title={t.failed} /> : null}
      {report ? <InvitationReport report={report} /> : null}
      {/* The side panel in a Teams meeting keeps to the essentials; the chat link is managed on the full page. */}
      {narrow ? null : <MeetingChatLink meeting={meeting} onChanged={props.onChanged} />}
    </section>
  );
}
