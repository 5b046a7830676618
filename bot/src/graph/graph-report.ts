import type { GraphFailureKind } from "./graph-errors";

/** What Graph did before an invitation went out, for the coordinator's report. */
export interface GraphSendReport {
  calendar: { status: "created" | "updated" | "unchanged" | "failed" | "off"; eventId?: string; joinUrl?: string; reason?: GraphFailureKind; detail?: string };
  /** Members the app was installed for now, and those for whom it failed (with why). */
  installation: { memberId: string; status: "installed" | "already-installed" | "failed" | "no-email"; reason?: GraphFailureKind; detail?: string }[];
  /** The app and the meeting tab in the meeting chat. */
  meetingChat: { status: "ready" | "failed" | "no-chat" | "off"; reason?: GraphFailureKind; detail?: string };
}
