import { Badge, Button, Caption1, Field, makeStyles, mergeClasses, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MemberRequest, MemberRow, MembersPayload, OrganisationRow, OrganisationsPayload } from "../../../../bot/src/api/contract";
import { ErrorBar, Loading } from "../../components/states";
import { useSurfaceStyles } from "../../components/surface";
import { formatMoment } from "../../format";
import { useLanguage, useText } from "../../i18n";
import { useApi, useSession } from "../../session";
import { roleLabel } from "./admin-labels";
import { MemberEditor, type MemberDraft } from "./member-editor";
import { ReachBadge } from "./reach-badge";
import { useAdminAction } from "./use-admin-action";

const text = {
  sv: {
    loading: "Hämtar medlemmarna …", add: "Lägg till medlem", show: "Visa", all: "Alla organisationer", edit: "Ändra", deactivate: "Inaktivera", activate: "Aktivera igen",
    inactive: "Inaktiv", inactiveOrganisation: "inaktiverad", none: "Inga medlemmar.", saved: "Sparat.",
    summary: (active: number, installed: number, unreachable: number) => `${active} aktiva medlemmar: ${installed} har appen, ${unreachable} kan inte nås.`,
  },
  en: {
    loading: "Loading the members …", add: "Add member", show: "Show", all: "All organisations", edit: "Change", deactivate: "Deactivate", activate: "Activate again",
    inactive: "Inactive", inactiveOrganisation: "deactivated", none: "No members.", saved: "Saved.",
    summary: (active: number, installed: number, unreachable: number) => `${active} active members: ${installed} have the app, ${unreachable} cannot be reached.`,
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  inactive: { backgroundColor: tokens.colorNeutralBackground3 },
  facts: { flex: "1 1 160px", minWidth: 0, display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  select: { minWidth: 0, width: "100%" },
});

const emptyDraft: MemberDraft = { aadObjectId: "", displayName: "", email: "", organisationId: "", role: "member" };

/**
 * Medlemmar: the members per organisation with role, whether the bot can reach them (app installed, last
 * send refused) and whether they are active; add a member, change organisation, role, name and e-mail,
 * deactivate or activate again. Every change is sent with the member's eTag (`If-Match`).
 */
export function MembersAdmin() {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call } = useSession();
  const members = useApi<MembersPayload>("/members");
  const organisations = useApi<OrganisationsPayload>("/organisations");
  const action = useAdminAction();
  const [filter, setFilter] = useState("");
  const [editing, setEditing] = useState<string>();
  const [addKey, setAddKey] = useState(0);

  const error = members.error ?? organisations.error;
  if (!members.data || !organisations.data) return error ? <ErrorBar error={error} onRetry={() => { members.reload(); organisations.reload(); }} /> : <Loading label={t.loading} />;
  const rows = members.data.members.filter((m): m is MemberRow => "etag" in m);
  const orgs = organisations.data.organisations;
  const active = rows.filter((m) => m.active);
  const installed = active.filter((m) => m.reach.appInstalled).length;
  const unreachable = active.filter((m) => !m.reach.appInstalled || m.reach.lastDeliveryFailedAt).length;

  const add = (draft: MemberDraft) => action.run(async () => {
    const body: MemberRequest = { ...draft, active: true };
    await call("/members", { method: "POST", body: JSON.stringify(body) });
    setAddKey((k) => k + 1);
    members.reload();
  }).then(() => undefined);
  const update = (member: MemberRow, change: Partial<MemberRow>) => action.run(async () => {
    const { displayName, email, organisationId, role, active: isActive } = { ...member, ...change };
    const body: Omit<MemberRequest, "aadObjectId"> = { displayName, email, organisationId, role, active: isActive };
    await call(`/members/${encodeURIComponent(member.aadObjectId)}`, { method: "PUT", headers: { "If-Match": member.etag }, body: JSON.stringify(body) });
    setEditing(undefined);
    members.reload();
  }, members.reload);

  const groups = orgs.filter((o) => filter === "" || o.id === filter).map((o) => ({ organisation: o, members: rows.filter((m) => m.organisationId === o.id) }));
  return (
    <section className={styles.root} data-admin-members>
      <Text role="status">{t.summary(active.length, installed, unreachable)}</Text>
      <section className={surface.surface} aria-labelledby="add-member-heading">
        <Subtitle2 as="h2" id="add-member-heading">{t.add}</Subtitle2>
        <MemberEditor key={addKey} initial={{ ...emptyDraft, organisationId: filter }} organisations={orgs} withId saveLabel={t.add} busy={action.busy} onSave={add} />
      </section>
      {action.error ? <ErrorBar error={action.error} /> : null}
      <Field label={t.show}>
        <Select className={styles.select} value={filter} onChange={(_, d) => setFilter(d.value)} name="member-filter">
          <option value="">{t.all}</option>
          {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </Field>
      {groups.map(({ organisation, members: own }) => (
        <section key={organisation.id} className={styles.group} aria-labelledby={`org-${organisation.id}`} data-member-group={organisation.id}>
          <Subtitle2 as="h3" id={`org-${organisation.id}`}>
            {organisation.name} ({own.length}){organisation.active === false ? ` – ${t.inactiveOrganisation}` : ""}
          </Subtitle2>
          {own.length === 0 ? <Caption1>{t.none}</Caption1> : (
            <ul className={styles.list}>
              {own.map((m) => (
                <li key={m.aadObjectId} className={mergeClasses(styles.row, !m.active && styles.inactive)} data-member-id={m.aadObjectId}>
                  {editing === m.aadObjectId ? (
                    <MemberEditor initial={m} organisations={orgs} withId={false} busy={action.busy} onCancel={() => setEditing(undefined)}
                      onSave={(draft) => update(m, draft).then(() => undefined)} />
                  ) : (
                    <MemberLine member={m} organisations={orgs} busy={action.busy} language={language} t={t}
                      onEdit={() => setEditing(m.aadObjectId)} onToggle={() => void update(m, { active: !m.active })} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

function MemberLine(props: {
  member: MemberRow; organisations: OrganisationRow[]; busy: boolean; language: "sv" | "en"; t: (typeof text)["sv"];
  onEdit: () => void; onToggle: () => void;
}) {
  const styles = useStyles();
  const { member: m, t } = props;
  return (
    <>
      <div className={styles.facts}>
        <Text weight="semibold">{m.displayName}</Text>
        <Caption1>{m.email}</Caption1>
      </div>
      <div className={styles.badges}>
        <Badge appearance="tint" color={m.role === "coordinator" ? "brand" : "informative"}>{roleLabel(m.role, props.language)}</Badge>
        {m.active ? <ReachBadge reach={m.reach} when={(iso) => formatMoment(iso, props.language)} /> : <Badge appearance="tint" color="informative">{t.inactive}</Badge>}
      </div>
      <div className={styles.actions}>
        <Button size="small" disabled={props.busy} onClick={props.onEdit} aria-label={`${t.edit} ${m.displayName}`}>{t.edit}</Button>
        <Button size="small" disabled={props.busy} onClick={props.onToggle} aria-label={`${m.active ? t.deactivate : t.activate} ${m.displayName}`}>{m.active ? t.deactivate : t.activate}</Button>
      </div>
    </>
  );
}
