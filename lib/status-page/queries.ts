import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import type { IncidentListQuery } from "./schemas";

/** How many incidents the list shows (open ones first, then the most recent). */
const listSelect = {
  id: true,
  title: true,
  impact: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  alertId: true,
  createdBy: { select: { id: true, name: true } },
  services: { select: { service: { select: { id: true, nameFr: true, nameEn: true } } } },
  _count: { select: { updates: true } },
} as const;

/** Incidents for staff: every one (open ones first, then the latest resolved), or the open ones only; newest first. */
export async function listIncidents(actor: Actor, query: IncidentListQuery) {
  assertCan(actor, "livepulse:read");
  const openWhere = { state: { not: "RESOLVED" as const } };
  const where = query.status === "open" ? openWhere : {};
  const [items, total, open] = await Promise.all([
    db.incident.findMany({
      where,
      orderBy: [{ resolvedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: listSelect,
    }),
    db.incident.count({ where }),
    db.incident.count({ where: openWhere }),
  ]);
  return { items, total, open, page: query.page, pageSize: query.pageSize };
}

/** One incident with its timeline (newest first), who wrote each update, and the alert it comes from. */
export async function getIncident(actor: Actor, id: string) {
  assertCan(actor, "livepulse:read");
  const incident = await db.incident.findUnique({
    where: { id },
    include: {
      createdBy: { select: { id: true, name: true } },
      alert: { select: { id: true, status: true, title: true, message: true, rule: { select: { name: true, nameKey: true } } } },
      services: { select: { service: { select: { id: true, nameFr: true, nameEn: true, published: true } } } },
      updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { author: { select: { id: true, name: true } } } },
    },
  });
  if (!incident) throw new AppError("NOT_FOUND", "This incident does not exist.");
  return incident;
}

/** The services an incident may name: those published on the status page. */
export async function publishedServiceOptions(actor: Actor) {
  assertCan(actor, "livepulse:read");
  return db.statusService.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }, { id: "asc" }],
    select: { id: true, checkId: true, nameFr: true, nameEn: true },
  });
}

/** Each monitor's publication (by monitor id), with the plans it is tied to. */
export async function publicationsByCheck(actor: Actor) {
  assertCan(actor, "livepulse:read");
  const rows = await db.statusService.findMany({
    select: { id: true, checkId: true, published: true, nameFr: true, nameEn: true, plans: { select: { planId: true } } },
  });
  return new Map(rows.map((row) => [row.checkId, { ...row, planIds: row.plans.map((p) => p.planId) }]));
}

/** What declaring an incident from an alert starts with: its name, its monitor's (the rule's or the raised alert's) published service. */
export async function alertPrefill(actor: Actor, alertId: string) {
  assertCan(actor, "livepulse:read");
  const alert = await db.alert.findUnique({
    where: { id: alertId },
    select: {
      id: true,
      severity: true,
      status: true,
      title: true,
      message: true,
      rule: {
        select: { name: true, nameKey: true, serviceCheck: { select: { statusService: { select: { id: true, published: true } } } } },
      },
      serviceCheck: { select: { statusService: { select: { id: true, published: true } } } },
    },
  });
  if (!alert) return null;
  const service = (alert.rule?.serviceCheck ?? alert.serviceCheck)?.statusService;
  return { ...alert, serviceId: service?.published ? service.id : null };
}

/** The open incident declared from each of these alerts, when there is one. */
export async function incidentsOfAlerts(actor: Actor, alertIds: string[]): Promise<Map<string, string>> {
  assertCan(actor, "livepulse:read");
  if (alertIds.length === 0) return new Map();
  const rows = await db.incident.findMany({
    where: { alertId: { in: alertIds }, state: { not: "RESOLVED" } },
    select: { id: true, alertId: true },
  });
  return new Map(rows.map((row) => [row.alertId as string, row.id]));
}
