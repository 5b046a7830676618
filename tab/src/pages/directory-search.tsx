import { Button, Field, Input, makeStyles, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { PersonAddRegular, SearchRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { DirectoryPeoplePayload, MemberRequest } from "../../../bot/src/api/contract";
import type { Organisation } from "../../../bot/src/domain/network";
import type { DirectoryPerson } from "../../../bot/src/register/people-search";
import { ErrorBar } from "../components/states";
import { useText } from "../i18n";
import { useSession } from "../session";
import { useAdminAction } from "./admin/use-admin-action";

const text = {
  sv: {
    title: "Sök i katalogen", query: "Namn eller e-postadress", search: "Sök", none: "Ingen hittades.", name: "Namn", email: "E-post", organisation: "Organisation",
    add: "Lägg till som medlem", added: "Tillagd", chooseOrganisation: "Välj organisation", failed: "Det gick inte",
  },
  en: {
    title: "Search the directory", query: "Name or e-mail address", search: "Search", none: "Nobody found.", name: "Name", email: "E-mail", organisation: "Organisation",
    add: "Add as member", added: "Added", chooseOrganisation: "Choose organisation", failed: "That did not work",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  wrap: { overflowX: "auto" },
});

/** The coordinator finds people in the organisation's directory (Graph, as themselves) and adds them as members. */
export function DirectorySearch(props: { organisations: Organisation[]; onAdded: () => void }) {
  const t = useText(text);
  const styles = useStyles();
  const { call } = useSession();
  const [query, setQuery] = useState("");
  const [people, setPeople] = useState<DirectoryPerson[]>();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<Set<string>>(new Set());
  const { busy, error, run } = useAdminAction();

  const search = () => run(async () => setPeople((await call<DirectoryPeoplePayload>(`/directory/people?q=${encodeURIComponent(query)}`)).people));
  const add = (person: DirectoryPerson) => run(async () => {
    const body: MemberRequest = { aadObjectId: person.aadObjectId, displayName: person.displayName, email: person.email ?? "", organisationId: chosen[person.aadObjectId] ?? "", role: "member" };
    await call("/members", { method: "POST", body: JSON.stringify(body) });
    setAdded((s) => new Set([...s, person.aadObjectId]));
    props.onAdded();
  });

  return (
    <section className={styles.root} aria-labelledby="directory-title" data-directory-search>
      <Subtitle2 as="h2" id="directory-title">{t.title}</Subtitle2>
      <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void search(); }}>
        <Field label={t.query}><Input value={query} onChange={(_, d) => setQuery(d.value)} /></Field>
        <Button type="submit" icon={<SearchRegular />} disabled={busy}>{t.search}</Button>
      </form>
      {error ? <ErrorBar error={error} title={t.failed} /> : null}
      {people && people.length === 0 ? <p>{t.none}</p> : null}
      {people && people.length > 0 ? (
        <div className={styles.wrap}>
          <Table size="small" aria-labelledby="directory-title">
            <TableHeader><TableRow><TableHeaderCell>{t.name}</TableHeaderCell><TableHeaderCell>{t.email}</TableHeaderCell><TableHeaderCell>{t.organisation}</TableHeaderCell><TableHeaderCell /></TableRow></TableHeader>
            <TableBody>
              {people.map((p) => (
                <TableRow key={p.aadObjectId} data-person={p.aadObjectId}>
                  <TableCell>{p.displayName}{p.jobTitle ? `, ${p.jobTitle}` : ""}</TableCell>
                  <TableCell>{p.email ?? ""}</TableCell>
                  <TableCell>
                    <Select aria-label={`${t.organisation}: ${p.displayName}`} value={chosen[p.aadObjectId] ?? ""} onChange={(_, d) => setChosen((c) => ({ ...c, [p.aadObjectId]: d.value }))}>
                      <option value="">{t.chooseOrganisation}</option>
                      {props.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                    </Select>
                  </TableCell>
                  <TableCell>
                    {added.has(p.aadObjectId) ? t.added : (
                      <Button size="small" icon={<PersonAddRegular />} disabled={busy || !chosen[p.aadObjectId] || !p.email} onClick={() => void add(p)}>{t.add}</Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
