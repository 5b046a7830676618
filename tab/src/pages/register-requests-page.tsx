import { Button, Caption1, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title2, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkRegular, DeleteRegular, DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { JoinRequestsPayload, OrganisationsPayload, PendingMembersPayload } from "../../../bot/src/api/contract";
import type { JoinRequest } from "../../../bot/src/domain/join-request";
import { ErrorBar, Loading } from "../components/states";
import { downloadFile } from "../download";
import { formatMoment } from "../format";
import { useLanguage, useText } from "../i18n";
import { useApi, useSession } from "../session";
import { DirectorySearch } from "./directory-search";
import { MemberImport } from "./member-import";

const text = {
  sv: {
    title: "Ansökningar och inbjudningar",
    requests: "Ansökningar om medlemskap",
    noRequests: "Inga ansökningar.",
    invited: "Inbjudna som inte har använt appen än",
    noInvited: "Ingen väntar.",
    name: "Namn", email: "E-post", organisation: "Organisation", note: "Meddelande", when: "Inkom", status: "Status",
    approve: "Godkänn", reject: "Avslå", withdraw: "Ta bort",
    newOrganisation: (name: string) => `${name} (ny)`,
    statuses: { pending: "Väntar", approved: "Godkänd", rejected: "Avslagen" },
    export: "Exportera registret (CSV)",
    loading: "Hämtar …",
  },
  en: {
    title: "Requests and invitations",
    requests: "Membership requests",
    noRequests: "No requests.",
    invited: "Invited people who have not used the app yet",
    noInvited: "Nobody is waiting.",
    name: "Name", email: "E-mail", organisation: "Organisation", note: "Message", when: "Received", status: "Status",
    approve: "Approve", reject: "Decline", withdraw: "Remove",
    newOrganisation: (name: string) => `${name} (new)`,
    statuses: { pending: "Waiting", approved: "Approved", rejected: "Declined" },
    export: "Export the register (CSV)",
    loading: "Loading …",
  },
};

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowX: "auto" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

/**
 * The coordinator's page for getting people in: join requests with Godkänn / Avslå, e-mail invitations
 * (paste or CSV, with a preview), the people still to activate, and the register as CSV.
 */
export function RegisterRequestsPage() {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const session = useSession();
  const { call, credentials } = session;
  const requests = useApi<JoinRequestsPayload>("/join-requests");
  const pending = useApi<PendingMembersPayload>("/pending-members");
  const organisations = useApi<OrganisationsPayload>("/organisations");
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<Error>();
  const act = async (key: string, path: string, method: string, reload: () => void) => {
    setBusy(key);
    setError(undefined);
    try {
      await call(path, { method, ...(method === "POST" ? { body: "{}" } : {}) });
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(undefined);
      reload();
    }
  };
  const loadError = requests.error ?? pending.error ?? organisations.error;
  if (loadError) return <ErrorBar error={loadError} onRetry={() => (requests.reload(), pending.reload(), organisations.reload())} />;
  if (!requests.data || !pending.data || !organisations.data) return <Loading label={t.loading} />;
  const orgName = new Map(organisations.data.organisations.map((o) => [o.id, o.name]));
  const organisationOf = (r: Pick<JoinRequest, "organisationId" | "organisationName">) => (r.organisationName ? t.newOrganisation(r.organisationName) : orgName.get(r.organisationId ?? "") ?? "");
  const decide = (r: JoinRequest, decision: "approve" | "reject") =>
    void act(`${decision}:${r.aadObjectId}`, `/join-requests/${encodeURIComponent(r.aadObjectId)}/${decision}`, "POST", () => (requests.reload(), organisations.reload()));
  return (
    <main className={styles.page} data-testid="register-requests-page">
      <Title2 as="h1" block>{t.title}</Title2>
      {error ? <ErrorBar error={error} /> : null}
      <section className={styles.section} aria-labelledby="requests-title">
        <Subtitle2 as="h2" block id="requests-title">{t.requests}</Subtitle2>
        {requests.data.requests.length === 0 ? <Caption1>{t.noRequests}</Caption1> : (
          <Table size="small" aria-labelledby="requests-title">
            <TableHeader><TableRow><TableHeaderCell>{t.name}</TableHeaderCell><TableHeaderCell>{t.organisation}</TableHeaderCell><TableHeaderCell>{t.note}</TableHeaderCell><TableHeaderCell>{t.when}</TableHeaderCell><TableHeaderCell>{t.status}</TableHeaderCell></TableRow></TableHeader>
            <TableBody>
              {requests.data.requests.map((r) => (
                <TableRow key={r.aadObjectId} data-request={r.aadObjectId}>
                  <TableCell>{r.displayName}{r.email ? <><br /><Caption1>{r.email}</Caption1></> : null}</TableCell>
                  <TableCell>{organisationOf(r)}</TableCell>
                  <TableCell>{r.note}</TableCell>
                  <TableCell>{formatMoment(r.requestedAt, language)}</TableCell>
                  <TableCell>
                    {r.status === "pending" ? (
                      <div className={styles.actions}>
                        <Button size="small" appearance="primary" icon={<CheckmarkRegular />} disabled={busy !== undefined} onClick={() => decide(r, "approve")}>{t.approve}</Button>
                        <Button size="small" icon={<DismissRegular />} disabled={busy !== undefined} onClick={() => decide(r, "reject")}>{t.reject}</Button>
                      </div>
                    ) : t.statuses[r.status]}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {session.me.directorySearch ? <DirectorySearch organisations={organisations.data.organisations} onAdded={organisations.reload} /> : null}
      <MemberImport onInvited={pending.reload} />
      <section className={styles.section} aria-labelledby="invited-title">
        <Subtitle2 as="h2" block id="invited-title">{t.invited}</Subtitle2>
        {pending.data.pending.length === 0 ? <Caption1>{t.noInvited}</Caption1> : (
          <Table size="small" aria-labelledby="invited-title">
            <TableHeader><TableRow><TableHeaderCell>{t.name}</TableHeaderCell><TableHeaderCell>{t.email}</TableHeaderCell><TableHeaderCell>{t.organisation}</TableHeaderCell><TableHeaderCell /></TableRow></TableHeader>
            <TableBody>
              {pending.data.pending.map((p) => (
                <TableRow key={p.email} data-invited={p.email}>
                  <TableCell>{p.displayName}</TableCell>
                  <TableCell>{p.email}</TableCell>
                  <TableCell>{orgName.get(p.organisationId) ?? p.organisationId}</TableCell>
                  <TableCell><Button size="small" icon={<DeleteRegular />} aria-label={`${t.withdraw}: ${p.displayName}`} disabled={busy !== undefined} onClick={() => void act(`withdraw:${p.email}`, `/pending-members/${encodeURIComponent(p.email)}`, "DELETE", pending.reload)}>{t.withdraw}</Button></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <div><Button icon={<ArrowDownloadRegular />} onClick={() => void downloadFile(credentials, language, "/register.csv", "medlemsregister.csv").catch(setError)}>{t.export}</Button></div>
    </main>
  );
}
