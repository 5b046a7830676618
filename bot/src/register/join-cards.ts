import type { JoinRequest } from "../domain/join-request";
import type { Language } from "../domain/network";
import { card, text, type Card } from "../shared/card";
import { joinTexts } from "./texts";

/** Verb of the applicant's "send request" button. */
export const JOIN_REQUEST_VERB = "join.request";
/** Verbs of the coordinator's buttons. */
export const JOIN_APPROVE_VERB = "join.approve";
export const JOIN_REJECT_VERB = "join.reject";

/** A network a stranger may apply to, as the offer card lists it. */
export interface OpenNetwork {
  id: string;
  name: string;
  organisations: { id: string; name: string }[];
}

/**
 * The card a non-member gets in the 1:1 chat: organisation (chosen or new), a note, and the network when
 * the deployment has several. Nothing on it says who the person is: that comes from the activity.
 */
export function joinOfferCard(language: Language, networks: readonly OpenNetwork[], problem?: string): Card {
  const t = joinTexts[language];
  const single = networks.length === 1 ? networks[0] : undefined;
  const organisations = single?.organisations ?? [];
  return card(
    [
      text(t.offerTitle, { weight: "Bolder", size: "Medium" }),
      ...(problem ? [text(problem, { color: "Attention" })] : []),
      text(t.offerIntro),
      ...(single ? [] : [{ type: "Input.ChoiceSet", id: "networkId", label: t.network, isRequired: true, errorMessage: t.networkMissing, choices: networks.map((n) => ({ title: n.name, value: n.id })) }]),
      ...(organisations.length > 0 ? [{ type: "Input.ChoiceSet", id: "organisationId", label: t.organisation, placeholder: t.organisationChoose, style: "compact", choices: organisations.map((o) => ({ title: o.name, value: o.id })) }] : []),
      { type: "Input.Text", id: "organisationName", label: organisations.length > 0 ? t.organisationNew : t.organisation, maxLength: 200 },
      { type: "Input.Text", id: "note", label: t.note, isMultiline: true, maxLength: 1000 },
    ],
    [{ type: "Action.Execute", verb: JOIN_REQUEST_VERB, title: t.send, data: single ? { networkId: single.id } : {} }],
  );
}

/** The applicant's card after sending, or a short message in its place. */
export function joinMessageCard(message: string): Card {
  return card([text(message)]);
}

function organisationLabel(language: Language, request: JoinRequest, organisationName?: string): string {
  return request.organisationName ? joinTexts[language].newOrganisation(request.organisationName) : (organisationName ?? request.organisationId ?? "");
}

function requestFacts(language: Language, request: JoinRequest, organisationName?: string): Record<string, unknown> {
  const t = joinTexts[language];
  const facts = [
    { title: t.name, value: request.displayName },
    ...(request.email ? [{ title: t.email, value: request.email }] : []),
    { title: t.organisation, value: organisationLabel(language, request, organisationName) },
    ...(request.note ? [{ title: t.note, value: request.note }] : []),
  ];
  return { type: "FactSet", facts };
}

/** The coordinator's 1:1 card about a new request, with Godkänn / Avslå. */
export function coordinatorJoinCard(language: Language, request: JoinRequest, networkName: string, organisationName?: string): Card {
  const t = joinTexts[language];
  const data = { networkId: request.networkId, aadObjectId: request.aadObjectId };
  return card(
    [text(t.coordinatorTitle, { weight: "Bolder", size: "Medium" }), text(t.coordinatorIntro(networkName)), requestFacts(language, request, organisationName)],
    [
      { type: "Action.Execute", verb: JOIN_APPROVE_VERB, title: t.approve, style: "positive", data },
      { type: "Action.Execute", verb: JOIN_REJECT_VERB, title: t.reject, data },
    ],
  );
}

/** The coordinator's card once the request is decided: the same facts, who decided, no buttons. */
export function decidedJoinCard(language: Language, request: JoinRequest, networkName: string, deciderName: string, organisationName?: string): Card {
  const t = joinTexts[language];
  const outcome = request.status === "approved" ? t.approvedBy(deciderName) : t.rejectedBy(deciderName);
  return card([
    text(t.coordinatorTitle, { weight: "Bolder", size: "Medium" }),
    text(t.coordinatorIntro(networkName)),
    requestFacts(language, request, organisationName),
    text(outcome, { weight: "Bolder", color: request.status === "approved" ? "Good" : "Attention" }),
  ]);
}
