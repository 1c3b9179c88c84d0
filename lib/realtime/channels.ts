/**
 * Channel names, shared by server and browser. A channel is named by what it
 * carries; every one is private and authorized through the permission matrix.
 */
export const channels = {
  /** One user's notifications. */
  user: (userId: string) => `private-user-${userId}`,
  /** A ticket's public life: public replies, status, assignment. Its customer and staff may join. */
  ticket: (ticketId: string) => `private-ticket-${ticketId}`,
  /** Staff-wide events: new and updated tickets, internal notes. Never joined by a customer. */
  staff: "private-staff",
  /** Lead moves and new leads, for the CRM pipeline and lists. */
  pipeline: "private-pipeline",
  /** LivePulse: metrics moved, monitors checked, alerts fired, acknowledged or resolved. Staff who read LivePulse. */
  livepulse: "private-livepulse",
} as const;

/** Event names; data is a small JSON object that never carries an internal note to a customer's channel. */
export type RealtimeEvent =
  | "notification"
  | "ticket.created"
  | "ticket.updated"
  | "ticket.comment"
  | "lead.created"
  | "lead.updated"
  | "request.updated"
  | "metrics.updated"
  | "monitor.updated"
  | "alert.updated"
  | "account.updated";
