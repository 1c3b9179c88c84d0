import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { openAlertStatuses } from "./alerts/schemas";
import { serviceStatuses } from "./monitors/schemas";

/** The overview's compact summary beside the metrics: open alerts and how the monitors are doing. */
export async function livePulseSummary(actor: Actor) {
  assertCan(actor, "livepulse:read");
  const [alerts, openAlerts, monitorCounts, monitors] = await Promise.all([
    db.alert.findMany({
      where: { status: { in: [...openAlertStatuses] } },
      orderBy: { firedAt: "desc" },
      take: 5,
      select: {
        id: true,
        severity: true,
        status: true,
        value: true,
        firedAt: true,
        title: true,
        message: true,
        source: true,
        sourceName: true,
        raisedBy: { select: { name: true } },
        rule: { select: { name: true, nameKey: true, metric: true, comparator: true, threshold: true } },
      },
    }),
    db.alert.count({ where: { status: { in: [...openAlertStatuses] } } }),
    db.serviceCheck.groupBy({ by: ["lastStatus"], where: { enabled: true }, _count: { _all: true } }),
    // Problems first: a down monitor should not hide below healthy ones.
    db.serviceCheck.findMany({
      where: { enabled: true, lastStatus: { not: "UP" } },
      orderBy: [{ lastStatus: "asc" }, { name: "asc" }],
      take: 5,
      select: { id: true, name: true, nameKey: true, lastStatus: true, lastCheckedAt: true, lastLatencyMs: true },
    }),
  ]);
  const byStatus = Object.fromEntries(
    serviceStatuses.map((s) => [s, monitorCounts.find((c) => c.lastStatus === s)?._count._all ?? 0]),
  ) as Record<(typeof serviceStatuses)[number], number>;
  return { alerts, openAlerts, monitors, byStatus, monitorTotal: Object.values(byStatus).reduce((a, b) => a + b, 0) };
}
