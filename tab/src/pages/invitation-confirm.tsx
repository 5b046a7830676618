import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { SendRegular } from "@fluentui/react-icons";
import type { InvitationPreview } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useText } from "../i18n";
import { useApi } from "../session";
import { CardPreview } from "./card-preview";

const text = {
  sv: {
    title: "Skicka kallelsen?", loading: "Förbereder förhandsvisningen …", preview: "Så ser kallelsen ut",
    reach: (all: number, have: number, unreachable: number) =>
      `Kallelsen är till ${all} ledamöter. ${all - have - unreachable} får den nu${have ? `, ${have} har redan den senaste versionen` : ""}${unreachable ? `, ${unreachable} nås inte` : ""}.`,
    unreachable: "Nås inte – appen är inte installerad:",
    advice: "Be dem lägga till appen Nätverksmöten i Teams och skicka sedan igen, eller e-posta kalenderfilen (.ics) till dem efteråt.",
    send: "Skicka kallelsen", cancel: "Avbryt",
  },
  en: {
    title: "Send the invitation?", loading: "Preparing the preview …", preview: "The invitation as invitees see it",
    reach: (all: number, have: number, unreachable: number) =>
      `The invitation is for ${all} members. ${all - have - unreachable} get it now${have ? `, ${have} already have the latest version` : ""}${unreachable ? `, ${unreachable} cannot be reached` : ""}.`,
    unreachable: "Cannot be reached – the app is not installed:",
    advice: "Ask them to add the Network meetings app in Teams and send again, or e-mail them the calendar file (.ics) afterwards.",
    send: "Send the invitation", cancel: "Cancel",
  },
};

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The step before sending: the card as invitees get it, who it will and will not reach, and a confirmation. */
export function InvitationConfirm(props: { meetingId: string; onSend: () => void; onClose: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const preview = useApi<InvitationPreview>(`/meetings/${encodeURIComponent(props.meetingId)}/invitations/preview`);
  const data = preview.data;
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {preview.error ? <ErrorBar error={preview.error} onRetry={preview.reload} /> : null}
            {!data && !preview.error ? <Loading label={t.loading} /> : null}
            {data ? (
              <>
                <p data-invitation-reach>{t.reach(data.invitees, data.alreadyHave, data.unreachable.length)}</p>
                {data.unreachable.length ? (
                  <>
                    <p>{t.unreachable}</p>
                    <ul className={styles.list}>
                      {data.unreachable.map((p) => <li key={p.memberId}>{p.organisationName ? `${p.displayName} (${p.organisationName})` : p.displayName}</li>)}
                    </ul>
                    <p>{t.advice}</p>
                  </>
                ) : null}
                <CardPreview card={data.card} label={t.preview} />
              </>
            ) : null}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" icon={<SendRegular />} disabled={!data} onClick={props.onSend}>{t.send}</Button>
            <Button onClick={props.onClose}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
