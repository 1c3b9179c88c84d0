import type { Role } from "@/lib/auth/roles";
import { db, getDatabase } from "@/lib/db";
import { plans } from "@/prisma/seed/plans";
import { auth, fakeSession } from "../fake-session";
import { createUser } from "../helpers";

/**
 * The records the hostile requests aim at, and a count of every row written, so that a refused
 * request can be shown to have changed nothing.
 */

/** Rows the doors write on every call, whatever the answer: counters, metrics, the realtime log. */
const doorTables = new Set(["RateLimit", "RealtimeEvent", "MetricMinute"]);
/** Columns the session path writes by itself (LivePulse's active users), not the request. */
const doorColumns: Record<string, readonly string[]> = { User: ["lastSeenAt", "updatedAt"], UserSession: ["lastSeenAt"] };

/**
 * Counts, in the suite's own database, every row inserted, deleted or changed in a business table:
 * a trigger on each adds one to `_RowWrites` in the writing transaction, so a write rolled back
 * counts nothing, and a change to door columns alone is not one.
 */
export async function countRowWrites(): Promise<void> {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const triggers = tables
    .map((t) => t.name)
    .filter((name) => !doorTables.has(name) && !name.startsWith("_"))
    .map(
      (name) => `CREATE TRIGGER "_row_writes" AFTER INSERT OR UPDATE OR DELETE ON "${name}"
                 FOR EACH ROW EXECUTE FUNCTION "_count_row_write"(${(doorColumns[name] ?? []).map(quote).join(", ")});`,
    );
  await getDatabase().runScript(`
    CREATE TABLE "_RowWrites" (n bigint NOT NULL);
    INSERT INTO "_RowWrites" VALUES (0);
    CREATE FUNCTION "_count_row_write"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - TG_ARGV) = (to_jsonb(OLD) - TG_ARGV) THEN RETURN NULL; END IF;
      UPDATE "_RowWrites" SET n = n + 1;
      RETURN NULL;
    END $$;
    ${triggers.join("\n")}
  `);
}

/** Rows written in business tables since the database was made. */
export async function rowWrites(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT n FROM "_RowWrites"`);
  return Number(row.n);
}

/** Counters of the doors: emptied so that validation, not a rate limit, answers. */
export async function clearRateLimits(): Promise<void> {
  await db.$executeRawUnsafe(`DELETE FROM "RateLimit"`);
}

export type Users = Record<Role, Awaited<ReturnType<typeof createUser>>>;

/** One user of each role, each signed in once, so that recording their sessions is not a request's write. */
export async function createUsers(): Promise<Users> {
  const users = {
    CUSTOMER: await createUser("CUSTOMER"),
    SELLER: await createUser("SELLER"),
    SUPPORT: await createUser("SUPPORT"),
    ADMIN: await createUser("ADMIN"),
  };
  for (const user of Object.values(users)) {
    fakeSession.user = { id: user.id, role: user.role, name: user.name, email: user.email };
    await auth();
  }
  fakeSession.user = null;
  return users;
}

let serial = 0;

/**
 * One record at least of each kind the routes and actions take an id of, owned by the customer where
 * records have an owner. Records an accepted request deleted are made again.
 */
export async function ensureRecords(users: Users): Promise<void> {
  const customer = users.CUSTOMER.id;
  serial += 1;
  for (const plan of plans) {
    if (!(await db.hostingPlan.count({ where: { OR: [{ id: plan.id }, { slug: plan.slug }] } })))
      await db.hostingPlan.create({ data: plan });
  }
  const sla = [
    { priority: "URGENT" as const, firstResponseMinutes: 60, resolutionMinutes: 480 },
    { priority: "HIGH" as const, firstResponseMinutes: 240, resolutionMinutes: 1440 },
    { priority: "NORMAL" as const, firstResponseMinutes: 480, resolutionMinutes: 2880 },
    { priority: "LOW" as const, firstResponseMinutes: 1440, resolutionMinutes: 7200 },
  ];
  await db.slaPolicy.createMany({ data: sla, skipDuplicates: true });

  let lead = await db.cRMLead.findFirst({ where: { stage: { notIn: ["WON", "LOST"] } } });
  lead ??= await db.cRMLead.create({ data: { name: `Lead ${serial}`, email: `lead${serial}@example.test`, assigneeId: users.SELLER.id } });
  if (!(await db.cRMActivity.count({ where: { type: "TASK", leadId: lead.id } }))) {
    await db.cRMActivity.create({
      data: { leadId: lead.id, userId: users.SELLER.id, type: "TASK", subject: "Call back", dueAt: new Date() },
    });
  }

  const plan = await db.hostingPlan.findFirstOrThrow({ where: { active: true } });
  if (!(await db.hostingRequest.count({ where: { customerId: customer, status: "SUBMITTED" } }))) {
    await db.hostingRequest.create({
      data: {
        reference: `HR-PROP-${serial}-${Date.now()}`,
        customerId: customer,
        planId: plan.id,
        leadId: lead.id,
        cpuCores: 2,
        ramGb: 4,
        storageGb: 50,
        domainOption: "REGISTER",
        domainName: `site${serial}.example`,
        contactName: "Contact",
        contactEmail: "contact@example.test",
        monthlyCents: 1000,
        yearlyCents: 12000,
        vatCents: 2400,
        totalCents: 14400,
      },
    });
  }

  if (!(await db.cRMTicket.count({ where: { customerId: customer, status: { notIn: ["RESOLVED", "CLOSED"] } } }))) {
    const ticket = await db.cRMTicket.create({
      data: { subject: "Site down", description: "It answers 502.", customerId: customer, createdById: customer, leadId: lead.id },
    });
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: users.SUPPORT.id, body: "Looking into it." } });
  }

  await db.serviceCheck.createMany({
    data: [{ id: "check_database", nameKey: "database", name: "Base de données", kind: "DATABASE", builtin: true }],
    skipDuplicates: true,
  });
  let monitor = await db.serviceCheck.findFirst({ where: { builtin: false } });
  // Nothing listens on the discard port: a check now fails fast, without leaving the machine.
  monitor ??= await db.serviceCheck.create({ data: { name: `Shop ${serial}`, kind: "TCP", target: "127.0.0.1:9", timeoutMs: 200 } });

  let rule = await db.alertRule.findFirst();
  rule ??= await db.alertRule.create({
    data: { name: `Monitor down ${serial}`, metric: "MONITOR_DOWN", comparator: "GTE", threshold: 1, serviceCheckId: monitor.id },
  });
  if (!(await db.alert.count({ where: { status: "FIRING" } }))) {
    await db.alert.create({ data: { ruleId: rule.id, severity: "WARNING", message: "Shop is down", value: 1 } });
  }

  // Channels whose deliveries fail at once, without leaving the machine (nothing listens on the discard port).
  if (!(await db.alertChannel.count({ where: { kind: "WEBHOOK" } }))) {
    await db.alertChannel.create({
      data: { name: `Hook ${serial}`, kind: "WEBHOOK", url: "http://127.0.0.1:9/", secret: "whsec_property" },
    });
  }
  if (!(await db.alertChannel.count({ where: { kind: "EMAIL" } }))) {
    await db.alertChannel.create({ data: { name: `Mail ${serial}`, kind: "EMAIL", emailRoles: ["ADMIN"] } });
  }

  // An open incident with its first update, and a window of maintenance to come: their routes take ids too.
  if (!(await db.incident.count({ where: { resolvedAt: null } }))) {
    await db.incident.create({
      data: {
        title: `Outage ${serial}`,
        impact: "MAJOR",
        createdById: users.SUPPORT.id,
        updates: { create: { state: "INVESTIGATING", message: "Looking into it.", authorId: users.SUPPORT.id } },
      },
    });
  }
  if (!(await db.maintenanceWindow.count({ where: { cancelledAt: null } }))) {
    const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
    await db.maintenanceWindow.create({
      data: { title: `Upgrade ${serial}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), createdById: users.ADMIN.id },
    });
  }

  for (const user of Object.values(users)) {
    if (!(await db.notification.count({ where: { userId: user.id, readAt: null } }))) {
      await db.notification.create({ data: { userId: user.id, type: "TICKET_CREATED", title: "New ticket" } });
    }
  }
}

/** The ids of existing records by collection, named as the API's paths name them (a few of each). */
export async function recordIds(): Promise<Record<string, string[]>> {
  const tables: Record<string, string> = {
    users: "User",
    plans: "HostingPlan",
    requests: "HostingRequest",
    leads: "CRMLead",
    activities: "CRMActivity",
    tickets: "CRMTicket",
    comments: "TicketComment",
    monitors: "ServiceCheck",
    "alert-rules": "AlertRule",
    "alert-channels": "AlertChannel",
    alerts: "Alert",
    notifications: "Notification",
    tokens: "ApiToken",
    incidents: "Incident",
    maintenance: "MaintenanceWindow",
    sessions: "UserSession",
  };
  const rows = await db.$queryRawUnsafe<Array<{ collection: string; id: string }>>(
    Object.entries(tables)
      .map(([collection, table]) => `(SELECT '${collection}' AS collection, id FROM "${table}" ORDER BY id LIMIT 8)`)
      .join(" UNION ALL "),
  );
  const ids: Record<string, string[]> = Object.fromEntries(Object.keys(tables).map((c) => [c, []]));
  for (const row of rows) ids[row.collection].push(row.id);
  return ids;
}
