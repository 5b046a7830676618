import { demoMember } from "../../bot/src/demo/demo-network";
import type { TeamsUser } from "./activities";

/** A demo member as a Teams user. */
export function teamsUser(name: string): TeamsUser {
  const member = demoMember(name);
  return { aadObjectId: member.aadObjectId, name: member.displayName };
}

/** The demo network's people by role. */
export const users = {
  coordinator: () => teamsUser("Johan Berg"),
  secretary: () => teamsUser("Emma Strand"),
  chair: () => teamsUser("Lena Forsberg"),
  aleMember: () => teamsUser("Elin Bergqvist"),
  molndalMember: () => teamsUser("Ida Holm"),
  guest: () => teamsUser("Amir Haddad"),
  stranger: (): TeamsUser => ({ aadObjectId: "99999999-0000-4000-8000-000000000999", name: "Kim Utomstående" }),
};
