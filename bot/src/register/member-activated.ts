import type { Member } from "../domain/member";

/**
 * Told after a register write made a person an active member of a network (added, approved, activated from an
 * e-mail invitation, reactivated). It must not throw: the register change is already made and stays made.
 */
export type MemberActivated = (member: Member) => void;

/** Calls the hook when `after` is active and `before` was absent, inactive, or had another e-mail address or role. */
export function tellIfActivated(hook: MemberActivated | undefined, before: Member | undefined, after: Member): void {
  if (!hook || !after.active) return;
  if (before?.active && before.email === after.email && before.role === after.role) return;
  hook(after);
}
