import { Badge, Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MinutesView, minutesApi } from "./minutes-api";

const texts = {
  sv: {
    heading: "Justering", none: "Inga justerare är utsedda.", approved: "justerat", waiting: "väntar", choose: "Välj justerare (högst två)",
    saveApprovers: "Spara justerare", approve: "Justera anteckningarna", publish: "Publicera", comments: "Kommentarer från justerare",
  },
  en: {
    heading: "Approval", none: "No approvers are named.", approved: "approved", waiting: "waiting", choose: "Choose approvers (at most two)",
    saveApprovers: "Save approvers", approve: "Approve the minutes", publish: "Publish", comments: "Comments from approvers",
  },
} as const;

const MAX_APPROVERS = 2;

/** Who approves (justerare), and the buttons the caller may use: name approvers, approve, publish. */
export function MinutesApprovalPanel(props: { view: MinutesView; api: ReturnType<typeof minutesApi>; language: "sv" | "en"; onChange: (view: MinutesView) => void }) {
  const t = texts[props.language];
  const { view } = props;
  const [members, setMembers] = useState<{ aadObjectId: string; displayName: string }[]>([]);
  const [chosen, setChosen] = useState<string[]>(view.approvers.map((a) => a.id));
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!view.permissions.nameApprovers) return;
    props.api.members().then((r) => setMembers(r.members.filter((m) => m.role !== "guest"))).catch((e: Error) => setError(e.message));
  }, [view.permissions.nameApprovers, props.api]);
  const run = (work: () => Promise<MinutesView>) => () => {
    setError(undefined);
    work().then(props.onChange).catch((e: Error) => setError(e.message));
  };
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <section aria-label={t.heading}>
      <h3>{t.heading}</h3>
      {view.approvers.length === 0 ? <p>{t.none}</p> : (
        <ul>
          {view.approvers.map((a) => (
            <li key={a.id}>{a.name} <Badge appearance="tint" color={a.approved ? "success" : "warning"}>{a.approved ? t.approved : t.waiting}</Badge></li>
          ))}
        </ul>
      )}
      {view.permissions.nameApprovers ? (
        <fieldset style={{ border: "none", padding: 0 }}>
          <legend>{t.choose}</legend>
          <div style={{ maxHeight: 200, overflowY: "auto" }}>
            {members.map((m) => (
              <Checkbox key={m.aadObjectId} label={m.displayName} checked={chosen.includes(m.aadObjectId)}
                disabled={!chosen.includes(m.aadObjectId) && chosen.length >= MAX_APPROVERS} onChange={(_e, d) => toggle(m.aadObjectId, Boolean(d.checked))} />
            ))}
          </div>
          <Button onClick={run(() => props.api.setApprovers(chosen))}>{t.saveApprovers}</Button>
        </fieldset>
      ) : null}
      <div style={{ display: "flex", gap: 8, margin: "8px 0" }}>
        {view.permissions.approve ? <Button appearance="primary" onClick={run(props.api.approve)}>{t.approve}</Button> : null}
        {view.permissions.publish ? <Button appearance="primary" onClick={run(props.api.publish)}>{t.publish}</Button> : null}
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
