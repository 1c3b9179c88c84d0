/** The badge colour of each value of the product's enumerations (server and client badges share it). */
export type Variant = "default" | "secondary" | "outline" | "destructive" | "success" | "warning" | "info";

export const variants = {
  requestStatus: {
    SUBMITTED: "info",
    IN_REVIEW: "info",
    QUOTED: "warning",
    APPROVED: "default",
    PROVISIONING: "default",
    ACTIVE: "success",
    REJECTED: "destructive",
    CANCELLED: "secondary",
  },
  ticketStatus: { OPEN: "info", IN_PROGRESS: "default", WAITING_CUSTOMER: "warning", RESOLVED: "success", CLOSED: "secondary" },
  ticketPriority: { LOW: "secondary", NORMAL: "outline", HIGH: "warning", URGENT: "destructive" },
  leadStage: {
    NEW: "info",
    CONTACTED: "outline",
    QUALIFIED: "default",
    PROPOSAL: "warning",
    NEGOTIATION: "warning",
    WON: "success",
    LOST: "secondary",
  },
  serviceStatus: { UP: "success", DEGRADED: "warning", DOWN: "destructive", UNKNOWN: "secondary" },
  alertSeverity: { INFO: "info", WARNING: "warning", CRITICAL: "destructive" },
  // Acknowledged reads apart from the amber of a warning shown beside it.
  alertStatus: { FIRING: "destructive", ACKNOWLEDGED: "info", RESOLVED: "success", SUPPRESSED: "secondary" },
  incidentImpact: { NONE: "info", MINOR: "warning", MAJOR: "destructive", CRITICAL: "destructive" },
  incidentState: { INVESTIGATING: "destructive", IDENTIFIED: "warning", MONITORING: "info", RESOLVED: "success" },
  emailStatus: { QUEUED: "info", SENDING: "default", SENT: "success", FAILED: "destructive", KEPT: "secondary" },
  alertDeliveryStatus: { PENDING: "info", SENDING: "default", DELIVERED: "success", FAILED: "destructive" },
  userStatus: { active: "success", invited: "info", disabled: "secondary" },
} as const satisfies Record<string, Record<string, Variant>>;

export type StatusKind = keyof typeof variants;

export function statusVariant(kind: StatusKind, value: string): Variant {
  return (variants[kind] as Record<string, Variant>)[value] ?? "outline";
}
