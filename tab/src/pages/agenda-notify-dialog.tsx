import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { AgendaDiffEntry } from "../../../bot/src/domain/agenda-diff";
import { agendaChangeLines } from "../../../bot/src/invitations/agenda-change-text";
import { useLanguage, useText } from "../i18n";

const text = {
  sv: {
    title: "Meddela deltagarna?", intro: "Kallelsen är redan skickad. Det här ändras i dagordningen:",
    cards: "Kallelsekorten visar den nya dagordningen i båda fallen; med Ja får de inbjudna också ett meddelande om ändringarna.",
    yes: "Ja, meddela dem", no: "Nej, bara spara", back: "Tillbaka till redigeringen",
  },
  en: {
    title: "Tell the participants?", intro: "The invitation has been sent. This changes in the agenda:",
    cards: "The invitation cards show the new agenda either way; with Yes the invitees also get a message about the changes.",
    yes: "Yes, tell them", no: "No, just save", back: "Back to editing",
  },
};

/** Asks whether invitees get a message about an agenda change, listing the changes as the message would. */
export function AgendaNotifyDialog(props: { changes: AgendaDiffEntry[] | undefined; onChoose: (notify: boolean) => void; onClose: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  return (
    <Dialog open={props.changes !== undefined} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent>
            <p>{t.intro}</p>
            <ul data-agenda-changes>
              {agendaChangeLines(props.changes ?? [], language).map((line, i) => <li key={i}>{line}</li>)}
            </ul>
            <p>{t.cards}</p>
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => props.onChoose(true)}>{t.yes}</Button>
            <Button onClick={() => props.onChoose(false)}>{t.no}</Button>
            <Button appearance="subtle" onClick={props.onClose}>{t.back}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
