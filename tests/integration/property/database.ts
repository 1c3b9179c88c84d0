import { Client } from "pg";
import type { Role } from "@/lib/auth/roles";
import { db, getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { plans } from "@/prisma/seed/plans";
import { auth, fakeSession } from "../fake-session";
import { createUser } from "../helpers";

/**
 * The records the hostile requests aim at, and a count of every row written, so that a refused
 * request can be shown to have changed nothing.
 */

/** Rows the doors write on every call, whatever the answer: counters, metrics, the realtime log. */
const doorTables = new Set(["RateLimit", "RealtimeEvent", "MetricMinute"]);
/** Summaries of other tables that a read keeps for the next ones (the form funnel's days): no record changes. */
const summaryTables = new Set(["FormDay"]);
/** Columns the session path writes by itself (LivePulse's active users), not the request. */
const doorColumns: Record<string, readonly string[]> = { User: ["lastSeenAt", "updatedAt"], UserSession: ["lastSeenAt"] };

/** An SQL string literal. */
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

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
  const triggers = tables
    .map((t) => t.name)
    .filter((name) => !doorTables.has(name) && !summaryTables.has(name) && !name.startsWith("_"))
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

/**
 * The suite's own statements (the counts of rows written, the clearing of rate limits), on a
 * connection of their own: through Prisma each took about ten times the time and the computing of a
 * bare query. PGlite has one connection, Prisma's.
 */
let bookkeeping: Promise<Client> | null = null;

async function query<T>(sql: string): Promise<T[]> {
  if (getDatabase().kind !== "postgresql") return db.$queryRawUnsafe<T[]>(sql);
  bookkeeping ??= (async () => {
    const client = new Client({ connectionString: env.databaseUrl });
    // The suite's database is dropped with its connections: that end is no failure.
    client.on("error", () => undefined);
    await client.connect();
    return client;
  })();
  return (await (await bookkeeping).query<T & object>(sql)).rows;
}

/** Closes the suite's own connection, before its database is dropped. */
export async function closeBookkeeping(): Promise<void> {
  const client = await bookkeeping;
  bookkeeping = null;
  await client?.end();
}

/**
 * Rows written in business tables since the database was made. With `clearRateLimits`, the doors'
 * counters are emptied in the same round trip (see `clearRateLimits`), for the request to come.
 */
export async function rowWrites({ clearRateLimits = false } = {}): Promise<number> {
  const clear = clearRateLimits ? `WITH cleared AS (DELETE FROM "RateLimit") ` : "";
  const [row] = await query<{ n: bigint | number | string }>(`${clear}SELECT n FROM "_RowWrites"`);
  return Number(row.n);
}

/** Counters of the doors: emptied so that validation, not a rate limit, answers. */
export async function clearRateLimits(): Promise<void> {
  await query(`DELETE FROM "RateLimit"`);
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

/** A record the doors take ids of: the SQL condition that holds while none is there, and how one is made. */
type RecordKind = { missing: string; make: () => Promise<unknown> };

const openLead = `"stage" NOT IN ('WON', 'LOST')`;

/**
 * The records of each kind, in the order they are made (a later kind may need an earlier one), owned
 * by the customer where records have an owner.
 */
function recordKinds(users: Users): RecordKind[] {
  const customer = users.CUSTOMER.id;
  const findOpenLead = () => db.cRMLead.findFirstOrThrow({ where: { stage: { notIn: ["WON", "LOST"] } } });
  const sla = [
    { priority: "URGENT" as const, firstResponseMinutes: 60, resolutionMinutes: 480 },
    { priority: "HIGH" as const, firstResponseMinutes: 240, resolutionMinutes: 1440 },
    { priority: "NORMAL" as const, firstResponseMinutes: 480, resolutionMinutes: 2880 },
    { priority: "LOW" as const, firstResponseMinutes: 1440, resolutionMinutes: 7200 },
  ];
  return [
    ...plans.map((plan) => ({
      missing: `NOT EXISTS (SELECT 1 FROM "HostingPlan" WHERE "id" = ${quote(plan.id)} OR "slug" = ${quote(plan.slug)})`,
      make: () => db.hostingPlan.create({ data: plan }),
    })),
    {
      missing: `(SELECT count(*) FROM "SlaPolicy") < ${sla.length}`,
      make: () => db.slaPolicy.createMany({ data: sla, skipDuplicates: true }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "CRMLead" WHERE ${openLead})`,
      make: () => db.cRMLead.create({ data: { name: `Lead ${serial}`, email: `lead${serial}@example.test`, assigneeId: users.SELLER.id } }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "CRMActivity" WHERE "type" = 'TASK' AND "leadId" IN (SELECT "id" FROM "CRMLead" WHERE ${openLead}))`,
      make: async () => {
        const lead = await findOpenLead();
        await db.cRMActivity.create({
          data: { leadId: lead.id, userId: users.SELLER.id, type: "TASK", subject: "Call back", dueAt: new Date() },
        });
      },
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "HostingRequest" WHERE "customerId" = ${quote(customer)} AND "status" = 'SUBMITTED')`,
      make: async () => {
        const plan = await db.hostingPlan.findFirstOrThrow({ where: { active: true } });
        const lead = await findOpenLead();
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
      },
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "CRMTicket" WHERE "customerId" = ${quote(customer)} AND "status" NOT IN ('RESOLVED', 'CLOSED'))`,
      make: async () => {
        const lead = await findOpenLead();
        const ticket = await db.cRMTicket.create({
          data: { subject: "Site down", description: "It answers 502.", customerId: customer, createdById: customer, leadId: lead.id },
        });
        await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: users.SUPPORT.id, body: "Looking into it." } });
      },
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "ServiceCheck" WHERE "id" = 'check_database')`,
      make: () =>
        db.serviceCheck.createMany({
          data: [{ id: "check_database", nameKey: "database", name: "Base de données", kind: "DATABASE", builtin: true }],
          skipDuplicates: true,
        }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "ServiceCheck" WHERE NOT "builtin")`,
      // Nothing listens on the discard port: a check now fails fast, without leaving the machine.
      make: () => db.serviceCheck.create({ data: { name: `Shop ${serial}`, kind: "TCP", target: "127.0.0.1:9", timeoutMs: 200 } }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "AlertRule")`,
      make: async () => {
        const monitor = await db.serviceCheck.findFirstOrThrow({ where: { builtin: false } });
        await db.alertRule.create({
          data: { name: `Monitor down ${serial}`, metric: "MONITOR_DOWN", comparator: "GTE", threshold: 1, serviceCheckId: monitor.id },
        });
      },
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "Alert" WHERE "status" = 'FIRING')`,
      make: async () => {
        const rule = await db.alertRule.findFirstOrThrow();
        await db.alert.create({ data: { ruleId: rule.id, severity: "WARNING", message: "Shop is down", value: 1 } });
      },
    },
    // Channels whose deliveries fail at once, without leaving the machine (nothing listens on the discard port).
    {
      missing: `NOT EXISTS (SELECT 1 FROM "AlertChannel" WHERE "kind" = 'WEBHOOK')`,
      make: () =>
        db.alertChannel.create({ data: { name: `Hook ${serial}`, kind: "WEBHOOK", url: "http://127.0.0.1:9/", secret: "whsec_property" } }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "AlertChannel" WHERE "kind" = 'EMAIL')`,
      make: () => db.alertChannel.create({ data: { name: `Mail ${serial}`, kind: "EMAIL", emailRoles: ["ADMIN"] } }),
    },
    // An open incident with its first update, and a window of maintenance to come: their routes take ids too.
    {
      missing: `NOT EXISTS (SELECT 1 FROM "Incident" WHERE "resolvedAt" IS NULL)`,
      make: () =>
        db.incident.create({
          data: {
            title: `Outage ${serial}`,
            impact: "MAJOR",
            createdById: users.SUPPORT.id,
            updates: { create: { state: "INVESTIGATING", message: "Looking into it.", authorId: users.SUPPORT.id } },
          },
        }),
    },
    {
      missing: `NOT EXISTS (SELECT 1 FROM "MaintenanceWindow" WHERE "cancelledAt" IS NULL)`,
      make: () => {
        const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
        return db.maintenanceWindow.create({
          data: { title: `Upgrade ${serial}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), createdById: users.ADMIN.id },
        });
      },
    },
    ...Object.values(users).map((user) => ({
      missing: `NOT EXISTS (SELECT 1 FROM "Notification" WHERE "userId" = ${quote(user.id)} AND "readAt" IS NULL)`,
      make: () => db.notification.create({ data: { userId: user.id, type: "TICKET_CREATED", title: "New ticket" } }),
    })),
  ];
}

/**
 * One record at least of each kind the routes and actions take an id of, in a state they act on (an
 * open lead, a firing alert, an unread notification…). Every kind is checked in one round trip, as
 * this runs after every accepted write: those it used up are made again. Returns how many were made.
 */
export async function ensureRecords(users: Users): Promise<number> {
  serial += 1;
  const kinds = recordKinds(users);
  const [row] = await query<Record<string, boolean>>(`SELECT ${kinds.map((kind, i) => `${kind.missing} AS "m${i}"`).join(", ")}`);
  const missing = kinds.filter((_, i) => row[`m${i}`]);
  for (const kind of missing) await kind.make();
  return missing.length;
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
  const rows = await query<{ collection: string; id: string }>(
    Object.entries(tables)
      .map(([collection, table]) => `(SELECT '${collection}' AS collection, id FROM "${table}" ORDER BY id LIMIT 8)`)
      .join(" UNION ALL "),
  );
  const ids: Record<string, string[]> = Object.fromEntries(Object.keys(tables).map((c) => [c, []]));
  for (const row of rows) ids[row.collection].push(row.id);
  return ids;
}
