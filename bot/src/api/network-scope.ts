import type { Request } from "restify";
import { invalid } from "../domain/errors";
import type { Member } from "../domain/member";
import { notAMember } from "../register/directory";

const NETWORK_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The `networkId` query parameter of a request, when it names one (a bad value is refused). */
export function requestedNetworkId(req: Request): string | undefined {
  const value: unknown = (req.query as Record<string, unknown> | undefined)?.networkId;
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || !NETWORK_ID.test(value)) {
    throw invalid("invalid_network_id", "Nätverkets id (networkId) är ogiltigt.", "The network id (networkId) is invalid.");
  }
  return value;
}

/**
 * The membership a network-level request acts in: the one named by `networkId`, or the only one when the
 * caller belongs to a single network. A person in several networks must name one, so nothing is ever read
 * from or written to a network by accident.
 */
export function chooseMembership(memberships: readonly Member[], networkId: string | undefined): Member {
  if (networkId !== undefined) {
    const member = memberships.find((m) => m.networkId === networkId);
    if (!member) throw notAMember();
    return member;
  }
  if (memberships.length === 0) throw notAMember();
  if (memberships.length > 1) {
    throw invalid(
      "network_required",
      "Du är medlem i flera nätverk. Ange vilket nätverk det gäller (networkId).",
      "You are a member of several networks. Say which network you mean (networkId).",
    );
  }
  return memberships[0]!;
}
