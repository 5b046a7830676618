import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowUndoRegular, SaveRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { MemberRow, MembersPayload, OrganisationRequest, OrganisationsPayload } from "../../../../bot/src/api/contract";
import { organisationKinds, type OrganisationKind } from "../../../../bot/src/domain/network";
import { ErrorBar, Loading } from "../../components/states";
import { useSurfaceStyles } from "../../components/surface";
import { useLanguage, useText } from "../../i18n";
import { useApi, useSession } from "../../session";
import { kindLabel } from "./admin-labels";
import { OrganisationOrderList } from "./organisation-order-list";
import { moved, sameOrder } from "./reorder";
import { useAdminAction } from "./use-admin-action";

const text = {
  sv: {
    loading: "Hämtar organisationerna …", add: "Lägg till organisation", name: "Namn", kind: "Typ", adding: "Lägger till …",
    order: "Ordning vid rundan", orderHelp: "Dra i handtaget, eller ge det fokus och flytta med pil upp och pil ned. Spara sedan ordningen.",
    saveOrder: "Spara ordningen", undoOrder: "Ångra ändrad ordning", orderChanged: "Ordningen är ändrad men inte sparad.", reloaded: "Listan visar nu den senaste versionen.", required: "Fyll i ett namn.",
  },
  en: {
    loading: "Loading the organisations …", add: "Add organisation", name: "Name", kind: "Kind", adding: "Adding …",
    order: "Round-table order", orderHelp: "Drag the handle, or focus it and move with the up and down arrows. Then save the order.",
    saveOrder: "Save the order", undoOrder: "Undo the changed order", orderChanged: "The order is changed but not saved.", reloaded: "The list now shows the latest version.", required: "Fill in a name.",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  cell: { flex: "1 1 160px", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * Organisationer: add, rename, kind, contact person, deactivate/activate (never delete: minutes name them),
 * and the round-table order by drag or keyboard, saved in one request with the list's version (`If-Match`).
 */
export function OrganisationsAdmin() {
  const t = useText(text);
  const language = useLanguage();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { call } = useSession();
  const list = useApi<OrganisationsPayload>("/organisations");
  const members = useApi<MembersPayload>("/members");
  const action = useAdminAction();
  const [draftOrder, setDraftOrder] = useState<string[]>();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrganisationKind>("kommun");
  const [tried, setTried] = useState(false);

  if (!list.data) return list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : <Loading label={t.loading} />;
  const loadedOrder = list.data.organisations.map((o) => o.id);
  const order = draftOrder ?? loadedOrder;
  const byId = new Map(list.data.organisations.map((o) => [o.id, o]));
  const rows = order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const changed = draftOrder !== undefined && !sameOrder(draftOrder, loadedOrder);
  const reloadAll = () => {
    setDraftOrder(undefined);
    list.reload();
  };

  const add = () => action.run(async () => {
    const body: OrganisationRequest = { name: name.trim(), kind };
    await call("/organisations", { method: "POST", body: JSON.stringify(body) });
    setName("");
    setTried(false);
    list.reload();
  });
  const saveOrder = () => action.run(async () => {
    const saved = await call<OrganisationsPayload>("/organisations/order", {
      method: "PUT", headers: { "If-Match": list.data!.version }, body: JSON.stringify({ organisationIds: order }),
    });
    setDraftOrder(undefined);
    list.setData(saved);
  }, reloadAll);
  const save = (id: string, etag: string, body: OrganisationRequest) => action.run(async () => {
    await call(`/organisations/${encodeURIComponent(id)}`, { method: "PUT", headers: { "If-Match": etag }, body: JSON.stringify(body) });
    list.reload();
  }, reloadAll);

  return (
    <section className={styles.root} data-admin-organisations>
      <form className={`${surface.surface} ${styles.form}`} noValidate onSubmit={(e) => { e.preventDefault(); setTried(true); if (name.trim() !== "") void add(); }}>
        <Subtitle2 as="h2" style={{ flexBasis: "100%" }}>{t.add}</Subtitle2>
        <Field className={styles.cell} label={t.name} required validationMessage={tried && name.trim() === "" ? t.required : undefined}>
          <Input value={name} onChange={(_, d) => setName(d.value)} name="organisation-name" />
        </Field>
        <Field className={styles.cell} label={t.kind}>
          <Select className={styles.select} value={kind} onChange={(_, d) => setKind(d.value as OrganisationKind)} name="organisation-kind">
            {organisationKinds.map((k) => <option key={k} value={k}>{kindLabel(k, language)}</option>)}
          </Select>
        </Field>
        <Button type="submit" appearance="primary" icon={<AddRegular />} disabled={action.busy}>{action.busy ? t.adding : t.add}</Button>
      </form>
      {action.error ? <ErrorBar error={action.error} title={action.conflict ? t.reloaded : undefined} /> : null}
      <section className={styles.root} aria-labelledby="organisation-order-heading">
        <Subtitle2 as="h2" id="organisation-order-heading">{t.order}</Subtitle2>
        <p id="organisation-order-help" style={{ margin: 0 }}>{t.orderHelp}</p>
        {changed ? (
          <MessageBar intent="info">
            <MessageBarBody className={styles.bar}>
              {t.orderChanged}
              <Button appearance="primary" icon={<SaveRegular />} disabled={action.busy} onClick={() => void saveOrder()}>{t.saveOrder}</Button>
              <Button icon={<ArrowUndoRegular />} disabled={action.busy} onClick={() => setDraftOrder(undefined)}>{t.undoOrder}</Button>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <OrganisationOrderList
          organisations={rows}
          members={(members.data?.members ?? []).filter((m): m is MemberRow => "etag" in m)}
          busy={action.busy}
          onMove={(from, to) => setDraftOrder(moved(order, from, to))}
          onSave={save}
        />
      </section>
    </section>
  );
}
