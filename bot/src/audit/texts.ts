/** The refusal for everyone but the network's coordinator. */
export const coordinatorOnly = {
  code: "coordinator_only",
  sv: "Det här får bara nätverkets samordnare göra.",
  en: "Only the network's coordinator may do this.",
} as const;
