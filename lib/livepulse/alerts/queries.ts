import "server-only";
import { type Actor } from "../../auth/roles";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertCan } from "../../auth/session";
import { canEvaluate } from "./values";
import { db } from "../../db";
import { openAlertStatuses, type AlertListQuery } from "./schemas";

/** Alerts, newest first: the open ones by default, or one status, or all; each with its rule, or who raised it. */
export async function listAlerts(actor: Actor, query: AlertListQuery) {
  assertCan(actor, "livepulse:read");
  const where: Prisma.AlertWhereInput =
    query.status === "all" ? {} : query.status === "open" ? { status: { in: [...openAlertStatuses] } } : { status: query.status };
  const [items, total] = await Promise.all([
    db.alert.findMany({
      where,
      orderBy: [{ firedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        rule: { select: { id: true, name: true, nameKey: true, metric: true, comparator: true, threshold: true, windowMinutes: true } },
        raisedBy: { select: { id: true, name: true } },
        serviceCheck: { select: { id: true, name: true, nameKey: true } },
        acknowledgedBy: { select: { id: true, name: true } },
        maintenance: { select: { id: true, title: true } },
      },
    }),
    db.alert.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The badge's count: firing alerts nobody has acknowledged yet. */
export async function firingAlerts(actor: Actor): Promise<number> {
  assertCan(actor, "livepulse:read");
  return firingCount();
}

/** Alerts waiting for someone: the badge on "Live Pulse" counts them. */
export function firingCount(): Promise<number> {
  return db.alert.count({ where: { status: "FIRING" } });
}

/** Every rule with what it watches, its latest value and whether an alert of it is open. */
export async function listAlertRules(actor: Actor) {
  assertCan(actor, "livepulse:read");
  const rules = await db.alertRule.findMany({
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
    include: {
      serviceCheck: { select: { id: true, name: true, nameKey: true } },
      channels: { select: { id: true, name: true, nameKey: true, kind: true }, orderBy: { name: "asc" } },
      alerts: { where: { status: { in: [...openAlertStatuses] } }, select: { id: true, status: true }, take: 1 },
    },
  });
  return rules.map(({ alerts, ...rule }) => ({ ...rule, open: alerts[0] ?? null, evaluable: canEvaluate(rule.metric) }));
}

/** The monitors a MONITOR_DOWN rule may watch, or a raised alert may name, for the rule editor and the raise dialog. */
export async function listMonitorOptions(actor: Actor) {
  assertCan(actor, "livepulse:read");
  return db.serviceCheck.findMany({ orderBy: [{ builtin: "desc" }, { name: "asc" }], select: { id: true, name: true, nameKey: true } });
}
