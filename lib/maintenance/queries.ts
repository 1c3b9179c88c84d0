import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { currentOrNext, occurrenceAt, phaseOf, type Occurrence, type Phase } from "./recurrence";
import { ruleOf } from "./rule";
import { maintenanceTimeZone, type MaintenanceListQuery } from "./schemas";

/** The windows the list reads at the most (the newest first); far more than a team schedules. */
const listLimit = 500;

const listInclude = {
  createdBy: { select: { id: true, name: true } },
  services: { select: { service: { select: { id: true, nameFr: true, nameEn: true } } } },
  _count: { select: { alerts: true } },
} as const;

/**
 * Maintenance windows for staff, each with its phase and its occurrence in progress or next:
 * `current` lists those in progress first, then the upcoming ones by their next start; `past` those
 * over or cancelled, the latest first.
 */
export async function listMaintenance(actor: Actor, query: MaintenanceListQuery, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const rows = await db.maintenanceWindow.findMany({
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: listLimit,
    include: listInclude,
  });
  const all = rows.map((row) => {
    const rule = ruleOf(row);
    const next: Occurrence | null = currentOrNext(rule, now, maintenanceTimeZone);
    const phase: Phase = phaseOf(rule, now, maintenanceTimeZone);
    return { ...row, phase, next };
  });
  const current = all
    .filter((w) => w.phase === "inProgress" || w.phase === "upcoming")
    .sort((a, b) => a.next!.start.getTime() - b.next!.start.getTime());
  const past = all.filter((w) => w.phase === "ended" || w.phase === "cancelled");
  const chosen = query.tab === "past" ? past : current;
  const start = (query.page - 1) * query.pageSize;
  return {
    items: chosen.slice(start, start + query.pageSize),
    total: chosen.length,
    page: query.page,
    pageSize: query.pageSize,
    counts: { inProgress: current.filter((w) => w.phase === "inProgress").length, upcoming: current.length, past: past.length },
  };
}

/** One window with its services, its phase and its occurrence in progress or next. */
export async function getMaintenance(actor: Actor, id: string, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const row = await db.maintenanceWindow.findUnique({ where: { id }, include: listInclude });
  if (!row) throw new AppError("NOT_FOUND", "This maintenance window does not exist.");
  const rule = ruleOf(row);
  return { ...row, phase: phaseOf(rule, now, maintenanceTimeZone), next: currentOrNext(rule, now, maintenanceTimeZone) };
}

/**
 * The maintenance window in progress at `now` on a service of one of these monitors, with its
 * occurrence; null when none is. Alerts on these monitors are then recorded as suppressed.
 */
export async function activeMaintenanceFor(
  checkIds: string[],
  now: Date,
  client: Pick<Tx, "maintenanceWindow"> = db,
): Promise<{ id: string; title: string; occurrence: Occurrence } | null> {
  if (checkIds.length === 0) return null;
  const rows = await client.maintenanceWindow.findMany({
    where: {
      startsAt: { lte: now },
      OR: [{ cancelledAt: null }, { cancelledAt: { gt: now } }],
      AND: [{ OR: [{ recurrence: { not: "NONE" } }, { endsAt: { gt: now } }] }],
      services: { some: { service: { checkId: { in: checkIds } } } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, startsAt: true, endsAt: true, recurrence: true, repeatUntil: true, cancelledAt: true },
  });
  for (const row of rows) {
    const occurrence = occurrenceAt(ruleOf(row), now, maintenanceTimeZone);
    if (occurrence) return { id: row.id, title: row.title, occurrence };
  }
  return null;
}
