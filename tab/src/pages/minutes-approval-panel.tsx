import { Badge, Button, Caption1, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { MinutesView, minutesApi } from "./minutes-api";

const texts = {
  sv: {
    heading: "Justering", none: "Inga justerare är utsedda.", approved: (date: string) => `justerat ${date}`, waiting: "väntar", choose: "Välj justerare (högst två)",
    present: "Bland de närvarande, efter organisation", all: "Ingen är registrerad som närvarande: alla medlemmar, efter organisation",
    saveApprovers: "Spara justerare", approve: "Justera anteckningarna", publish: "Publicera", comments: "Kommentarer från justerare",
    waitingFor: (names: string) => `Publiceras när ${names} har justerat. Anteckningarna publiceras då av sig själva.`,
  },
  en: {
    heading: "Approval", none: "No approvers are named.", approved: (date: string) => `approved ${date}`, waiting: "waiting", choose: "Choose approvers (at most two)",
    present: "Among those present, by organisation", all: "Nobody is recorded as present: all members, by organisation",
    saveApprovers: "Save approvers", approve: "Approve the minutes", publish: "Publish", comments: "Comments from approvers",
    waitingFor: (names: string) => `Published once ${names} approved. The minutes are then published by themselves.`,
  },
} as const;

const MAX_APPROVERS = 2;
const dateOf = (iso: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short" }).format(new Date(iso));

/** Who approves (justerare), and the buttons the caller may use: name approvers, approve, publish. */
export function MinutesApprovalPanel(props: { view: MinutesView; api: ReturnType<typeof minutesApi>; language: "sv" | "en"; onChange: (view: MinutesView) => void }) {
  const t = texts[props.language];
  const { view } = props;
  const [chosen, setChosen] = useState<string[]>(view.approvers.map((a) => a.id));
  const [error, setError] = useState<string>();
  const candidates = view.approverCandidates ?? [];
  const anyPresent = candidates.some((c) => c.present);
  // Approvers are chosen among those who heard the meeting; someone already named stays visible.
  const listed = candidates.filter((c) => !anyPresent || c.present || chosen.includes(c.id));
  const run = (work: () => Promise<MinutesView>) => () => {
    setError(undefined);
    work().then(props.onChange).catch((e: Error) => setError(e.message));
  };
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const waitingFor = view.approvers.filter((a) => !a.approved).map((a) => a.name);
  return (
    <section aria-label={t.heading}>
      <h3>{t.heading}</h3>
      {view.approvers.length === 0 ? <p>{t.none}</p> : (
        <ul>
          {view.approvers.map((a) => (
            <li key={a.id}>{a.name} <Badge appearance="tint" color={a.approved ? "success" : "warning"}>{a.approved && a.approvedAt ? t.approved(dateOf(a.approvedAt)) : t.waiting}</Badge></li>
          ))}
        </ul>
      )}
      {view.permissions.nameApprovers ? (
        <fieldset style={{ border: "none", padding: 0 }} aria-describedby="approver-scope">
          <legend>{t.choose}</legend>
          <Caption1 id="approver-scope">{anyPresent ? t.present : t.all}</Caption1>
          <div style={{ maxHeight: 240, overflowY: "auto" }}>
            {listed.map((m) => (
              <Checkbox key={m.id} label={`${m.name}, ${m.organisationName}`} checked={chosen.includes(m.id)}
                disabled={!chosen.includes(m.id) && chosen.length >= MAX_APPROVERS} onChange={(_e, d) => toggle(m.id, Boolean(d.checked))} />
            ))}
          </div>
          <Button onClick={run(() => props.api.setApprovers(chosen))}>{t.saveApprovers}</Button>
        </fieldset>
      ) : null}
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8, margin: "8px 0" }}>
        {view.permissions.approve ? <Button appearance="primary" onClick={run(props.api.approve)}>{t.approve}</Button> : null}
        {view.permissions.publish ? (
          // Still reachable by keyboard while waiting, so the reason is read out with it.
          <Button disabledFocusable={waitingFor.length > 0} aria-describedby={waitingFor.length > 0 ? "publish-waiting" : undefined} onClick={run(props.api.publish)}>{t.publish}</Button>
        ) : null}
        {view.permissions.publish && waitingFor.length > 0 ? <Caption1 id="publish-waiting">{t.waitingFor(waitingFor.join(", "))}</Caption1> : null}
      </div>
      {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
      {view.comments.length > 0 ? (
        <>
          <h4>{t.comments}</h4>
          <ul>{view.comments.map((c) => <li key={c.id}><b>{c.byName}:</b> {c.text}</li>)}</ul>
        </>
      ) : null}
    </section>
  );
}
