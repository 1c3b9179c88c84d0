/**
 * Channel names, shared by server and browser. A channel is named by what it
 * carries; every one but `status` is private and authorized through the permission matrix.
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
  /**
   * The public status page: incidents declared, updated or resolved, services published. Public (no
   * `private-` prefix, so Pusher needs no authorization either): anyone may join it, signed in or not,
   * and it carries nothing the status page does not show.
   */
  status: "status",
} as const;

/** The channels an anonymous visitor may join. */
export const publicChannels: ReadonlySet<string> = new Set([channels.status]);

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
  | "alertChannel.updated"
  | "incident.updated"
  | "status.updated"
  | "maintenance.updated"
  | "account.updated";
