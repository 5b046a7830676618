import { AppError } from "../domain/errors";

/** What went wrong with a Graph call, in the terms the coordinator's report uses. */
export type GraphFailureKind = "credentials" | "forbidden" | "not-found" | "conflict" | "throttled" | "unavailable" | "invalid";

/** A failed Graph call: its kind, HTTP status and Graph's own error code and message. */
export class GraphError extends Error {
  constructor(readonly kind: GraphFailureKind, message: string, readonly status?: number, readonly code?: string) {
    super(message);
    this.name = "GraphError";
  }

  /** The app could not get a token (expired secret or certificate, refused credential, no consent). */
  static credentials(detail: string): GraphError {
    return new GraphError("credentials", `Microsoft Graph credentials were refused: ${detail}`, 401, "credentials");
  }

  /** The error for an HTTP answer Graph gave. */
  static fromResponse(status: number, body: unknown): GraphError {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    const message = `Microsoft Graph answered ${status}${error?.code ? ` ${error.code}` : ""}${error?.message ? `: ${error.message}` : ""}`;
    const kind: GraphFailureKind = status === 401 ? "credentials"
      : status === 403 ? "forbidden"
        : status === 404 ? "not-found"
          : status === 409 ? "conflict"
            : status === 429 ? "throttled"
              : status >= 500 ? "unavailable" : "invalid";
    return new GraphError(kind, message, status, error?.code);
  }
}

/** The failure as stored in reports: kind and a short English detail for the log and the coordinator. */
export interface GraphFailure {
  kind: GraphFailureKind;
  detail: string;
  at: string;
}

/** Any error of a Graph call as a stored failure. */
export function graphFailureOf(error: unknown, now: Date): GraphFailure {
  if (error instanceof GraphError) return { kind: error.kind, detail: error.message, at: now.toISOString() };
  return { kind: "unavailable", detail: error instanceof Error ? error.message : String(error), at: now.toISOString() };
}

/** Swedish and English words for a failure, shown to the coordinator. */
export function graphFailureText(kind: GraphFailureKind): { sv: string; en: string } {
  const texts: Record<GraphFailureKind, { sv: string; en: string }> = {
    credentials: { sv: "appens inloggning mot Microsoft Graph nekades (utgånget eller fel hemligt värde/certifikat)", en: "the app's sign-in to Microsoft Graph was refused (expired or wrong secret/certificate)" },
    forbidden: { sv: "appen saknar behörighet i Microsoft Graph (administratörens medgivande eller åtkomstpolicy saknas)", en: "the app lacks permission in Microsoft Graph (admin consent or access policy missing)" },
    "not-found": { sv: "hittades inte i Microsoft Graph", en: "not found in Microsoft Graph" },
    conflict: { sv: "krock i Microsoft Graph", en: "conflict in Microsoft Graph" },
    throttled: { sv: "Microsoft Graph bad appen vänta (för många anrop)", en: "Microsoft Graph asked the app to wait (too many requests)" },
    unavailable: { sv: "Microsoft Graph svarar inte just nu", en: "Microsoft Graph is not answering right now" },
    invalid: { sv: "Microsoft Graph avvisade anropet", en: "Microsoft Graph refused the request" },
  };
  return texts[kind];
}

/** The API error for routes that need Graph when it is not configured. */
export function graphOff(): AppError {
  return new AppError("not-found", "graph_off", {
    sv: "Microsoft Graph är inte påslaget i den här installationen.",
    en: "Microsoft Graph is not switched on in this installation.",
  });
}
