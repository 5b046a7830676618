import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Textarea, Title2, tokens } from "@fluentui/react-components";
import { SendRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { JoinRequestRequest, JoinRequestsPayload, PublicNetworksPayload } from "../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../components/states";
import { useText } from "../i18n";
import { useApi, useSession } from "../session";

const OTHER = "__other";

const text = {
  sv: {
    title: "Du är inte med i nätverket",
    intro: "Du är inte registrerad som medlem i nätverket. Ansök om medlemskap här, så får samordnaren din ansökan. Ditt namn och din inloggning hämtas från Teams.",
    heading: "Ansök om medlemskap",
    network: "Nätverk",
    organisation: "Din organisation",
    choose: "Välj organisation",
    other: "Annan organisation (skriv namnet)",
    newName: "Organisationens namn",
    note: "Meddelande till samordnaren (valfritt)",
    send: "Ansök om medlemskap",
    loading: "Hämtar …",
    sent: "Tack! Din ansökan har skickats till samordnaren. Du får ett meddelande i Teams när den är behandlad.",
    waiting: "Din ansökan om medlemskap väntar på samordnaren.",
    rejected: "Din ansökan om medlemskap har inte godkänts. Kontakta nätverkets samordnare om du har frågor.",
    closed: "Du är inte registrerad som medlem i nätverket. Kontakta nätverkets samordnare om du ska ha tillgång.",
  },
  en: {
    title: "You are not in the network",
    intro: "You are not registered as a member of the network. Apply for membership here and the coordinator gets your request. Your name and sign-in come from Teams.",
    heading: "Apply for membership",
    network: "Network",
    organisation: "Your organisation",
    choose: "Choose organisation",
    other: "Another organisation (write its name)",
    newName: "Name of the organisation",
    note: "Message to the coordinator (optional)",
    send: "Apply for membership",
    loading: "Loading …",
    sent: "Thank you! Your request has been sent to the coordinator. You will get a message in Teams when it has been handled.",
    waiting: "Your membership request is waiting for the coordinator.",
    rejected: "Your membership request was not approved. Contact the network's coordinator if you have questions.",
    closed: "You are not registered as a member of the network. Contact the network's coordinator if you should have access.",
  },
};

const useStyles = makeStyles({
  root: { maxWidth: "60ch", margin: `${tokens.spacingVerticalXL} auto`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * What a signed-in non-member sees: the polite refusal, and a form to apply (organisation chosen or new, a
 * note). The form never asks who the person is: the server takes that from the sign-in.
 */
export function JoinPage() {
  const t = useText(text);
  const styles = useStyles();
  const { call } = useSession();
  const networks = useApi<PublicNetworksPayload>("/networks/public");
  const mine = useApi<JoinRequestsPayload>("/join-requests/mine");
  const [networkId, setNetworkId] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [organisationName, setOrganisationName] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  if (networks.error || mine.error) return <ErrorBar error={(networks.error ?? mine.error)!} onRetry={() => (networks.reload(), mine.reload())} />;
  if (!networks.data || !mine.data) return <Loading label={t.loading} />;
  const requests = mine.data.requests;
  const open = networks.data.networks.filter((n) => !requests.some((r) => r.networkId === n.id));
  const network = open.length === 1 ? open[0] : open.find((n) => n.id === networkId);
  const other = organisationId === OTHER || (network?.organisations.length ?? 0) === 0;
  const ready = Boolean(network) && (other ? organisationName.trim() !== "" : organisationId !== "");
  const send = async () => {
    if (!network || !ready) return;
    setBusy(true);
    setError(undefined);
    const body: JoinRequestRequest = { networkId: network.id, ...(other ? { organisationName: organisationName.trim() } : { organisationId }), ...(note.trim() ? { note: note.trim() } : {}) };
    try {
      await call("/join-requests", { method: "POST", body: JSON.stringify(body) });
      mine.reload();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const pending = requests.some((r) => r.status === "pending");
  const closed = requests.some((r) => r.status === "rejected") ? t.rejected : t.closed;
  const status = pending ? (requests.some((r) => r.channel === "tab" && r.status === "pending") ? t.sent : t.waiting) : open.length === 0 ? closed : undefined;
  return (
    <main className={styles.root} data-testid="join-page">
      <Title2 as="h1" block>{pending ? t.heading : t.title}</Title2>
      {status ? <MessageBar intent={pending ? "success" : "warning"} role="status"><MessageBarBody>{status}</MessageBarBody></MessageBar> : (
        <>
          <Body1>{t.intro}</Body1>
          <form aria-label={t.heading} onSubmit={(e) => (e.preventDefault(), void send())} style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }}>
            {open.length > 1 ? (
              <Field label={t.network} required>
                <Select value={networkId} onChange={(_, d) => (setNetworkId(d.value), setOrganisationId(""))}>
                  <option value="">—</option>
                  {open.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
                </Select>
              </Field>
            ) : null}
            {network && network.organisations.length > 0 ? (
              <Field label={t.organisation} required>
                <Select value={organisationId} onChange={(_, d) => setOrganisationId(d.value)}>
                  <option value="">{t.choose}</option>
                  {network.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                  <option value={OTHER}>{t.other}</option>
                </Select>
              </Field>
            ) : null}
            {other ? <Field label={t.newName} required><Input value={organisationName} maxLength={200} onChange={(_, d) => setOrganisationName(d.value)} /></Field> : null}
            <Field label={t.note}><Textarea value={note} maxLength={1000} onChange={(_, d) => setNote(d.value)} /></Field>
            {error ? <ErrorBar error={error} /> : null}
            <div><Button appearance="primary" type="submit" icon={<SendRegular />} disabled={!ready || busy}>{t.send}</Button></div>
          </form>
        </>
      )}
    </main>
  );
}
