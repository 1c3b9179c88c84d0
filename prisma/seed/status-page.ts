import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { parseWhen } from "../../lib/maintenance/recurrence";
import { defaultTimeZone } from "../../lib/time-zone";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The detailed history (monitor-history.ts) covers the last three days; older days get four checks each. */
const FIRST_OLD_DAY = 4;
const LAST_DAY = 89;

const published = [
  {
    id: "seed_status_database",
    checkId: "check_database",
    nameFr: "Hébergement et bases de données",
    nameEn: "Hosting and databases",
    sortOrder: 0,
  },
  { id: "seed_status_realtime", checkId: "check_realtime", nameFr: "Notifications en direct", nameEn: "Live notifications", sortOrder: 1 },
];

/** Older days' results: healthy, but for a day with one check down out of four, and one degraded. */
function olderResults(now: number) {
  const today = Math.floor(now / DAY) * DAY;
  return published.flatMap(({ checkId }) =>
    Array.from({ length: LAST_DAY - FIRST_OLD_DAY + 1 }, (_, d) => d + FIRST_OLD_DAY).flatMap((day) =>
      [1, 7, 13, 19].map((hour, slot) => {
        const down = checkId === "check_database" && day === 20 && slot === 2;
        const degraded = checkId === "check_realtime" && day === 45 && slot === 1;
        return {
          id: `seed_daily_${checkId}_${day}_${slot}`,
          checkId,
          checkedAt: new Date(today - day * DAY + hour * HOUR),
          status: down ? ("DOWN" as const) : degraded ? ("DEGRADED" as const) : ("UP" as const),
          latencyMs: down ? null : 3,
          error: down ? "timed out after 5000 ms" : null,
        };
      }),
    ),
  );
}

/**
 * The public status page of the demo: two built-in checks published under public names, their
 * history over the 90 days the page shows, and two resolved incidents with their timelines.
 * Fixed ids: seeding again adds nothing.
 */
export async function seedStatusPage(db: PrismaClient, people: { support: string; admin: string }, now = Date.now()) {
  await db.statusService.createMany({ data: published, skipDuplicates: true });
  await db.serviceCheckResult.createMany({ data: olderResults(now), skipDuplicates: true });
  const today = Math.floor(now / DAY) * DAY;
  const incidents = [
    {
      id: "seed_incident_database",
      title: "Bases de données injoignables",
      impact: "MAJOR" as const,
      start: now - 30 * HOUR,
      serviceId: "seed_status_database",
      updates: [
        {
          state: "INVESTIGATING" as const,
          after: 0,
          by: people.support,
          message: "Les sites qui utilisent une base de données répondent en erreur. Nous enquêtons.",
        },
        {
          state: "IDENTIFIED" as const,
          after: 20,
          by: people.admin,
          message: "Un nœud de stockage ne répond plus ; le basculement vers le nœud de secours est en cours.",
        },
        {
          state: "MONITORING" as const,
          after: 45,
          by: people.support,
          message: "Les bases de données répondent de nouveau. Nous surveillons.",
        },
        {
          state: "RESOLVED" as const,
          after: 60,
          by: people.support,
          message: "Incident clos : tous les services fonctionnent normalement.",
        },
      ],
    },
    {
      id: "seed_incident_database_old",
      title: "Lenteurs sur les bases de données",
      impact: "MINOR" as const,
      start: today - 20 * DAY + 13 * HOUR,
      serviceId: "seed_status_database",
      updates: [
        { state: "INVESTIGATING" as const, after: 0, by: people.support, message: "Certaines requêtes sont lentes. Nous enquêtons." },
        {
          state: "RESOLVED" as const,
          after: 50,
          by: people.admin,
          message: "Une sauvegarde trop gourmande a été reprogrammée ; tout est rentré dans l’ordre.",
        },
      ],
    },
  ];
  for (const incident of incidents) {
    if (await db.incident.findUnique({ where: { id: incident.id }, select: { id: true } })) continue;
    const at = (minutes: number) => new Date(incident.start + minutes * 60_000);
    const last = incident.updates.at(-1)!;
    await db.incident.create({
      data: {
        id: incident.id,
        title: incident.title,
        impact: incident.impact,
        state: last.state,
        createdById: people.support,
        createdAt: at(0),
        resolvedAt: at(last.after),
        services: { create: [{ serviceId: incident.serviceId }] },
        updates: {
          create: incident.updates.map((update) => ({
            state: update.state,
            message: update.message,
            authorId: update.by,
            createdAt: at(update.after),
          })),
        },
      },
    });
  }
  await seedMaintenance(db, people.admin, now);
  return incidents.length;
}

/** One upcoming maintenance window, so the announcements are not empty: in three days, 22:00–00:00 in Paris. */
async function seedMaintenance(db: PrismaClient, adminId: string, now: number) {
  const id = "seed_maintenance_database";
  if (await db.maintenanceWindow.findUnique({ where: { id }, select: { id: true } })) return;
  const day = new Date(now + 3 * DAY).toISOString().slice(0, 10);
  const startsAt = parseWhen(`${day}T22:00`, defaultTimeZone)!;
  await db.maintenanceWindow.create({
    data: {
      id,
      title: "Mise à niveau des serveurs de bases de données",
      message: "Les bases de données peuvent être indisponibles quelques minutes pendant la bascule.",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      excludeFromUptime: true,
      createdById: adminId,
      services: { create: [{ serviceId: "seed_status_database" }] },
    },
  });
}
