import type { AuditAction } from "../domain/audit";
import type { Language } from "../domain/network";

/** What each audited action is called, in Swedish and English. */
export const auditActionLabels: Record<Language, Record<AuditAction, string>> = {
  sv: {
    "attendance.mark": "Närvaro ändrad",
    "minutes.edit": "Anteckningar redigerade",
    "minutes.correct": "Anteckningar rättade",
    "minutes.action": "Åtgärdspunkt ändrad",
    "minutes.approvers": "Justerare utsedda",
    "minutes.approve": "Anteckningar justerade",
    "minutes.publish": "Anteckningar publicerade",
    "agenda.replace": "Dagordning ändrad",
    "meeting.create": "Möte skapat",
    "meeting.update": "Möte ändrat",
    "meeting.cancel": "Möte inställt",
    "member.add": "Medlem tillagd",
    "member.update": "Medlem ändrad",
    "member.export": "Personuppgifter exporterade",
    "member.erase": "Personuppgifter raderade",
  },
  en: {
    "attendance.mark": "Attendance changed",
    "minutes.edit": "Minutes edited",
    "minutes.correct": "Minutes corrected",
    "minutes.action": "Action point changed",
    "minutes.approvers": "Approvers named",
    "minutes.approve": "Minutes approved",
    "minutes.publish": "Minutes published",
    "agenda.replace": "Agenda changed",
    "meeting.create": "Meeting created",
    "meeting.update": "Meeting changed",
    "meeting.cancel": "Meeting cancelled",
    "member.add": "Member added",
    "member.update": "Member changed",
    "member.export": "Personal data exported",
    "member.erase": "Personal data erased",
  },
};

/** The refusal for everyone but the network's coordinator. */
export const coordinatorOnly = {
  code: "coordinator_only",
  sv: "Det här får bara nätverkets samordnare göra.",
  en: "Only the network's coordinator may do this.",
} as const;
