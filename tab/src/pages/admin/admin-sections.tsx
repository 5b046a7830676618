import type { ReactNode } from "react";
import { MembersAdmin } from "./members-admin";
import { NetworkSettingsAdmin } from "./network-settings-admin";
import { OrganisationsAdmin } from "./organisations-admin";
import { RegisterRequestsPage } from "../register-requests-page";

/** One sub-page of the administration: its address (`#/admin/<id>`), its name, and what it shows. */
export interface AdminSection {
  id: string;
  label: { sv: string; en: string };
  render: () => ReactNode;
}

/** The administration's sub-pages in the order of its tabs; a new one is one more entry here. */
export const adminSections: readonly AdminSection[] = [
  { id: "organisations", label: { sv: "Organisationer", en: "Organisations" }, render: () => <OrganisationsAdmin /> },
  { id: "members", label: { sv: "Medlemmar", en: "Members" }, render: () => <MembersAdmin /> },
  { id: "requests", label: { sv: "Ansökningar och inbjudningar", en: "Requests and invitations" }, render: () => <RegisterRequestsPage /> },
  { id: "network", label: { sv: "Nätverket", en: "The network" }, render: () => <NetworkSettingsAdmin /> },
];
