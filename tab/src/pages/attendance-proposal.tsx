import { Button, Caption1, Checkbox, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { AttendanceProposalPayload } from "../../../bot/src/api/contract";
import { ErrorBar } from "../components/states";
import { useText } from "../i18n";
import { useSession } from "../session";

const text = {
  sv: {
    title: "Teams närvarorapport", explain: "Förslag från Teams närvarorapport. Inget ändras förrän du bekräftar.", load: "Hämta förslag", loading: "Hämtar …",
    none: "Inget att föreslå: alla som var med är redan registrerade, eller så har Teams ingen rapport än.", confirm: "Bekräfta valda", guest: "gäst",
    items: (n: number[]) => `(pkt ${n.join(", ")})`, minutes: (m: number) => `${m} min i mötet`, done: (n: number) => `${n} registrerade från närvarorapporten.`,
  },
  en: {
    title: "Teams attendance report", explain: "A proposal from Teams' attendance report. Nothing changes until you confirm.", load: "Get proposal", loading: "Loading …",
    none: "Nothing to propose: everyone who attended is recorded already, or Teams has no report yet.", confirm: "Confirm selected", guest: "guest",
    items: (n: number[]) => `(item ${n.join(", ")})`, minutes: (m: number) => `${m} min in the meeting`, done: (n: number) => `${n} recorded from the attendance report.`,
  },
};

/** The chair's or secretary's proposal from Teams' attendance report (Microsoft Graph): choose rows, then confirm. */
export function AttendanceProposal(props: { meetingId: string; onConfirmed: () => void }) {
  const t = useText(text);
  const { call } = useSession();
  const path = `/meetings/${encodeURIComponent(props.meetingId)}/attendance/proposal`;
  const [proposal, setProposal] = useState<AttendanceProposalPayload>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<number>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const load = () => run(async () => {
    const next = await call<AttendanceProposalPayload>(path);
    setProposal(next);
    setChosen(new Set(next.rows.map((r) => r.personId)));
  });
  const confirm = () => run(async () => {
    const body = await call<{ records: unknown[] }>(`${path}/confirm`, { method: "POST", body: JSON.stringify({ personIds: [...chosen] }) });
    setDone(body.records.length);
    setProposal(undefined);
    props.onConfirmed();
  });

  return (
    <section aria-labelledby="attendance-proposal" data-section="attendance-proposal">
      <Subtitle2 as="h3" block id="attendance-proposal">{t.title}</Subtitle2>
      <Caption1 block>{t.explain}</Caption1>
      {error ? <ErrorBar error={error} /> : null}
      {done !== undefined ? <Text as="p" block role="status">{t.done(done)}</Text> : null}
      {proposal === undefined ? <Button disabled={busy} onClick={() => void load()}>{busy ? t.loading : t.load}</Button> : proposal.rows.length === 0 ? <Text as="p" block>{t.none}</Text> : (
        <>
          {proposal.rows.map((row) => (
            <Checkbox key={row.personId} checked={chosen.has(row.personId)} disabled={busy}
              onChange={(_e, d) => setChosen((s) => {
                const next = new Set(s);
                if (d.checked) next.add(row.personId);
                else next.delete(row.personId);
                return next;
              })}
              label={`${row.name}, ${row.organisationName}${row.items.length > 0 ? ` ${t.items(row.items)}` : ""}${row.guest ? ` · ${t.guest}` : ""} · ${t.minutes(row.minutes)}`} />
          ))}
          <div><Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => void confirm()}>{t.confirm}</Button></div>
        </>
      )}
    </section>
  );
}
