/**
 * The record types services write audit rows about (`writeAudit`'s `entity`), each with the actions
 * written about it and, when the record has a page, where it is. `entities.test.ts` checks this
 * list against the services' source, so a new type or action cannot be left out of the filters.
 */
export const auditEntities = {
  HostingPlan: {
    actions: ["plan.create", "plan.update", "plan.activate", "plan.deactivate", "plan.reorder", "plan.delete"],
    href: () => "/admin/plans",
  },
  HostingRequest: {
    actions: ["hostingRequest.create", "hostingRequest.status", "hostingRequest.edit"],
    href: (id: string) => `/hosting/requests/${encodeURIComponent(id)}`,
  },
  CRMLead: {
    actions: ["lead.create", "lead.update", "lead.move", "lead.bulkAssign", "lead.won", "lead.lost", "lead.delete"],
    href: (id: string) => `/crm/leads/${encodeURIComponent(id)}`,
  },
  CRMActivity: { actions: ["activity.create", "activity.complete"], href: null },
  CRMTicket: {
    actions: ["ticket.create", "ticket.update", "ticket.reply", "ticket.note", "ticket.slaBreach"],
    href: (id: string) => `/crm/tickets/${encodeURIComponent(id)}`,
  },
  SlaPolicy: { actions: ["slaPolicy.update"], href: () => "/admin/sla" },
  User: {
    actions: [
      "user.create",
      "user.register",
      "user.role_change",
      "user.disable",
      "user.enable",
      "user.password_set",
      "user.password_change",
      "user.password_reset_requested",
      "user.profile_update",
      "user.email_preferences",
      "user.registration_attempted",
      "user.verification_resent",
      "user.email_verified",
      "auth.login",
      "auth.login_failed",
      "auth.logout",
      "auth.session_end",
      "auth.sessions_end_others",
      "user.invite",
      "user.invitation_resend",
      "user.invitation_revoke",
      "user.password_reset_sent",
    ],
    href: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
  },
  EmailMessage: {
    actions: ["email.resend"],
    href: (id: string) => `/admin/emails/${encodeURIComponent(id)}`,
  },
  AlertRule: {
    actions: ["alertRule.create", "alertRule.update", "alertRule.delete"],
    href: () => "/livepulse/alerts",
  },
  AlertChannel: {
    actions: ["alertChannel.create", "alertChannel.update", "alertChannel.delete", "alertChannel.test", "alertChannel.rotateSecret"],
    href: () => "/livepulse/alerts/channels",
  },
  Alert: {
    actions: ["alert.fire", "alert.raise", "alert.update", "alert.resolve", "alert.acknowledge", "alert.suppress"],
    href: () => "/livepulse/alerts",
  },
  ServiceCheck: {
    actions: ["serviceCheck.create", "serviceCheck.update", "serviceCheck.delete"],
    href: () => "/livepulse/services",
  },
  Notification: { actions: ["notification.read"], href: null },
  ApiToken: { actions: ["apiToken.create", "apiToken.revoke"], href: () => "/admin/tokens" },
  Incident: {
    actions: ["incident.declare", "incident.update"],
    href: (id: string) => `/livepulse/incidents/${encodeURIComponent(id)}`,
  },
  StatusService: { actions: ["statusService.update"], href: () => "/livepulse/services" },
  MaintenanceWindow: {
    actions: ["maintenance.create", "maintenance.update", "maintenance.cancel"],
    href: () => "/livepulse/maintenance",
  },
} as const satisfies Record<string, { actions: readonly string[]; href: ((id: string) => string) | null }>;

export type AuditEntity = keyof typeof auditEntities;
export const auditEntityTypes = Object.keys(auditEntities) as [AuditEntity, ...AuditEntity[]];
export const auditActions = auditEntityTypes.flatMap((entity) => auditEntities[entity].actions);

export function isAuditEntity(value: string): value is AuditEntity {
  return Object.hasOwn(auditEntities, value);
}

/** The page of a record, when it has one (a deleted record's page answers not found). */
export function entityHref(entity: string, entityId: string): string | null {
  if (!isAuditEntity(entity)) return null;
  const href = auditEntities[entity].href;
  return href ? href(entityId) : null;
}

/** An action's message key: `plan.update` → `plan_update` (message keys cannot hold dots). */
export const actionKey = (action: string) => action.replace(/\./g, "_");
