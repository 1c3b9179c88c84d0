import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db";
import { uptimePercent } from "../livepulse/monitors/status";
import { ruleOf } from "../maintenance/rule";
import { announceDays, maintenanceTimeZone } from "../maintenance/schemas";
import { ahead, dayMaintenance, expandWindows, uptimeExclusions, type Exclusion } from "../maintenance/status";
import { statusCached } from "./cache";
import { dayKeys, firstDay, touchesDay } from "./days";
import type { IncidentImpactName, IncidentStateName } from "./schemas";
import { overallState, serviceState, type OverallState, type ServiceState } from "./state";

/** How long resolved incidents stay listed on the page. */
export const recentIncidentDays = 14;
const DAY = 86_400_000;
const maxIncidents = 200;

export type PublicIncident = {
  id: string;
  title: string;
  impact: IncidentImpactName;
  state: IncidentStateName;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  /** The published services it touches. */
  serviceIds: string[];
  /** Newest first. */
  updates: Array<{ id: string; state: IncidentStateName; message: string; createdAt: string }>;
};

export type StatusDay = {
  date: string;
  /** Percent of checks that found the service available; null without data. */
  uptime: number | null;
  checks: number;
  down: number;
  incidentIds: string[];
  /** Maintenance windows on the service that day. */
  maintenanceIds: string[];
  /** Whether uptime left out some of the day (a window excluded from uptime). */
  excluded: boolean;
};

export type PublicMaintenance = {
  id: string;
  title: string;
  message: string | null;
  recurrence: "NONE" | "DAILY" | "WEEKLY" | "MONTHLY";
  excludeFromUptime: boolean;
  /** The published services it touches. */
  serviceIds: string[];
  inProgress: boolean;
  /** Its occurrences from now to `announceDays` ahead (one in progress first); empty once it is past. */
  occurrences: Array<{ startsAt: string; endsAt: string }>;
};

export type PublicService = {
  id: string;
  name: { fr: string; en: string };
  state: ServiceState;
  uptime: number | null;
  days: StatusDay[];
};

/** What the status page, `/api/status` and the feed show; plain JSON (the data cache stores it as such). */
export type StatusSnapshot = {
  generatedAt: string;
  overall: OverallState;
  services: PublicService[];
  /** Open incidents first, then resolved ones, newest first, over the days the bars show. */
  incidents: PublicIncident[];
  /** Maintenance windows of the days shown and of the coming `announceDays`: in progress first, then by next start. */
  maintenance: PublicMaintenance[];
};

type DayRow = { checkId: string; day: string; available: number; down: number };

async function dailyCounts(checkIds: string[], since: Date, excluded: Exclusion[]): Promise<Map<string, Map<string, DayRow>>> {
  const byCheck = new Map<string, Map<string, DayRow>>();
  if (checkIds.length === 0) return byCheck;
  // Results inside a maintenance excluded from uptime count neither for nor against it.
  const outside = excluded.length
    ? Prisma.sql`AND NOT EXISTS (
        SELECT 1 FROM (VALUES ${Prisma.join(
          excluded.map((x) => Prisma.sql`(${x.checkId}, ${x.start.toISOString()}::timestamp, ${x.end.toISOString()}::timestamp)`),
        )}) AS x("checkId", "startsAt", "endsAt")
        WHERE x."checkId" = r."checkId" AND r."checkedAt" >= x."startsAt" AND r."checkedAt" < x."endsAt")`
    : Prisma.empty;
  // One aggregate: per check and UTC day, how many checks found it available and how many down.
  const rows = await db.$queryRaw<Array<{ checkId: string; day: string; available: unknown; down: unknown }>>`
    SELECT r."checkId", to_char(date_trunc('day', r."checkedAt"), 'YYYY-MM-DD') AS day,
           count(*) FILTER (WHERE r."status" IN ('UP', 'DEGRADED'))::int AS available,
           count(*) FILTER (WHERE r."status" = 'DOWN')::int AS down
    FROM "ServiceCheckResult" r
    WHERE r."checkId" IN (${Prisma.join(checkIds)}) AND r."checkedAt" >= ${since} ${outside}
    GROUP BY 1, 2`;
  for (const row of rows) {
    const days = byCheck.get(row.checkId) ?? new Map<string, DayRow>();
    days.set(row.day, { checkId: row.checkId, day: row.day, available: Number(row.available), down: Number(row.down) });
    byCheck.set(row.checkId, days);
  }
  return byCheck;
}

/** Reads the status page from the database (uncached): published services, their days, the incidents. */
export async function readStatusSnapshot(now = new Date()): Promise<StatusSnapshot> {
  const since = firstDay(now);
  const horizon = new Date(now.getTime() + announceDays * DAY);
  const [services, incidentRows, windowRows] = await Promise.all([
    db.statusService.findMany({
      where: { published: true },
      orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }, { id: "asc" }],
      select: { id: true, checkId: true, nameFr: true, nameEn: true, check: { select: { lastStatus: true, enabled: true } } },
    }),
    db.incident.findMany({
      where: {
        OR: [{ state: { not: "RESOLVED" } }, { resolvedAt: { gte: since } }],
        services: { some: { service: { published: true } } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: maxIncidents,
      select: {
        id: true,
        title: true,
        impact: true,
        state: true,
        createdAt: true,
        updatedAt: true,
        resolvedAt: true,
        services: { where: { service: { published: true } }, select: { serviceId: true } },
        updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, state: true, message: true, createdAt: true } },
      },
    }),
    db.maintenanceWindow.findMany({
      where: {
        startsAt: { lt: horizon },
        OR: [{ cancelledAt: null }, { cancelledAt: { gt: since } }],
        AND: [{ OR: [{ recurrence: { not: "NONE" } }, { endsAt: { gt: since } }] }],
        services: { some: { service: { published: true } } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: maxIncidents,
      include: { services: { where: { service: { published: true } }, select: { serviceId: true } } },
    }),
  ]);
  const windows = expandWindows(
    windowRows.map((row) => ({
      id: row.id,
      title: row.title,
      message: row.message,
      recurrence: row.recurrence,
      excludeFromUptime: row.excludeFromUptime,
      serviceIds: row.services.map((s) => s.serviceId),
      rule: ruleOf(row),
    })),
    since,
    horizon,
    maintenanceTimeZone,
  );
  const checkOf = new Map(services.map((s) => [s.id, s.checkId]));
  const counts = await dailyCounts(
    services.map((s) => s.checkId),
    since,
    uptimeExclusions(windows, checkOf, since, now),
  );
  const incidents: PublicIncident[] = incidentRows
    .map((row) => ({
      id: row.id,
      title: row.title,
      impact: row.impact,
      state: row.state,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      serviceIds: row.services.map((s) => s.serviceId),
      updates: row.updates.map((u) => ({ id: u.id, state: u.state, message: u.message, createdAt: u.createdAt.toISOString() })),
    }))
    .sort((a, b) => Number(a.state === "RESOLVED") - Number(b.state === "RESOLVED"));
  const days = dayKeys(now);

  const publicServices: PublicService[] = services.map((service) => {
    const own = incidents.filter((incident) => incident.serviceIds.includes(service.id));
    const counted = counts.get(service.checkId) ?? new Map<string, DayRow>();
    const serviceDays = days.map((date): StatusDay => {
      const row = counted.get(date);
      const maintenance = dayMaintenance(windows, service.id, date);
      return {
        date,
        uptime: row ? uptimePercent({ UP: row.available, DOWN: row.down }) : null,
        checks: row ? row.available + row.down : 0,
        down: row?.down ?? 0,
        incidentIds: own.filter((incident) => touchesDay(date, incident.createdAt, incident.resolvedAt, now)).map((i) => i.id),
        maintenanceIds: maintenance.ids,
        excluded: maintenance.excluded,
      };
    });
    const checks = serviceDays.reduce((sum, day) => sum + day.checks, 0);
    const down = serviceDays.reduce((sum, day) => sum + day.down, 0);
    return {
      id: service.id,
      name: { fr: service.nameFr, en: service.nameEn },
      state: serviceState({ status: service.check.lastStatus, enabled: service.check.enabled }, own),
      uptime: uptimePercent({ UP: checks - down, DOWN: down }),
      days: serviceDays,
    };
  });
  return {
    generatedAt: now.toISOString(),
    overall: overallState(publicServices.map((s) => s.state)),
    services: publicServices,
    incidents,
    maintenance: windows
      .map((window) => {
        const next = ahead(window, now, horizon);
        return {
          id: window.id,
          title: window.title,
          message: window.message,
          recurrence: window.recurrence,
          excludeFromUptime: window.excludeFromUptime,
          serviceIds: window.serviceIds,
          inProgress: next.length > 0 && next[0].start.getTime() <= now.getTime(),
          occurrences: next.map((o) => ({ startsAt: o.start.toISOString(), endsAt: o.end.toISOString() })),
        };
      })
      .sort((a, b) => Number(b.inProgress) - Number(a.inProgress) || nextStart(a) - nextStart(b)),
  };
}

const nextStart = (window: PublicMaintenance) => (window.occurrences[0] ? Date.parse(window.occurrences[0].startsAt) : Infinity);

/** The windows announced: those in progress, and those with an occurrence in the coming days. */
export function announcedMaintenance(snapshot: StatusSnapshot) {
  const announced = snapshot.maintenance.filter((window) => window.occurrences.length > 0);
  return { inProgress: announced.filter((w) => w.inProgress), upcoming: announced.filter((w) => !w.inProgress) };
}

/** The status page as the data cache holds it: re-read when an incident or a publication changes, or after a minute. */
export const statusSnapshot = statusCached("snapshot", () => readStatusSnapshot());

/** The open incidents, and those resolved in the last `recentIncidentDays`. */
export function splitIncidents(snapshot: StatusSnapshot, now = new Date(snapshot.generatedAt)) {
  const since = now.getTime() - recentIncidentDays * DAY;
  return {
    active: snapshot.incidents.filter((incident) => incident.state !== "RESOLVED"),
    resolved: snapshot.incidents.filter(
      (incident) => incident.state === "RESOLVED" && incident.resolvedAt !== null && Date.parse(incident.resolvedAt) >= since,
    ),
  };
}
