/**
 * The audit log viewer on 1,000,000 rows: for every combination of the filters `/admin/audit`
 * offers (actor, record type, record id, action, period), on the first page and on a page deep in
 * the log, the statements the service sends, their plan (EXPLAIN ANALYZE: which index, any
 * sequential scan) and the service's time. Generates its rows in its own database the first time:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/orbite_audit npm run bench:audit
 *
 * RUNS (15) per case; ROWS (1,000,000) on first generation, `--force` generates again. Exits 1 when
 * a statement reads the audit table without an index: times are printed, never judged.
 */
import { Client, Pool } from "pg";
import { env } from "../lib/env";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { migrateDeploy } from "./migrate";
import { percentile } from "./bench/percentile";

if (!env.databaseUrl) {
  console.error("bench:audit needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/orbite_audit).");
  process.exit(1);
}
const url = env.databaseUrl;
const rows = Number(process.env.ROWS ?? 1_000_000);
const runs = Number(process.env.RUNS ?? 15);

async function createDatabaseIfMissing() {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

await createDatabaseIfMissing();
await migrateDeploy({ quiet: true });
const raw = new Pool({ connectionString: url, max: 4 });

/** (entity, action) pairs, repeated as often as services write them: lead and ticket work dominates. */
const pairs: Array<[string, string, number]> = [
  ["CRMLead", "lead.update", 20],
  ["CRMLead", "lead.move", 15],
  ["CRMLead", "lead.create", 6],
  ["CRMLead", "lead.bulkAssign", 3],
  ["CRMLead", "lead.won", 1],
  ["CRMLead", "lead.lost", 1],
  ["CRMActivity", "activity.create", 12],
  ["CRMTicket", "ticket.reply", 10],
  ["CRMTicket", "ticket.update", 8],
  ["CRMTicket", "ticket.create", 4],
  ["HostingRequest", "hostingRequest.create", 4],
  ["HostingRequest", "hostingRequest.status", 4],
  ["User", "auth.login", 8],
  ["User", "auth.login_failed", 1],
  ["Notification", "notification.read", 2],
  ["Alert", "alert.fire", 1],
  ["HostingPlan", "plan.update", 1],
];
const weighted = pairs.flatMap(([entity, action, weight]) => Array.from({ length: weight }, () => [entity, action]));
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

async function generate() {
  const { rows: count } = await raw.query(`SELECT count(*)::int AS n FROM "AuditLog"`);
  if (count[0].n >= rows && !process.argv.includes("--force")) return console.log(`${count[0].n} audit rows already there.`);
  const started = performance.now();
  await raw.query(`DELETE FROM "AuditLog"`);
  await raw.query(`DELETE FROM "User" WHERE id LIKE 'ab\\_%'`);
  await raw.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'ab_s' || g, 'staff' || g || '@audit.test', 'Staff ' || g, 'x', (ARRAY['SELLER','SUPPORT','ADMIN'])[1 + g % 3]::"Role", now()
     FROM generate_series(1, 30) g
     UNION ALL
     SELECT 'ab_c' || g, 'customer' || g || '@audit.test', 'Customer ' || g, 'x', 'CUSTOMER'::"Role", now() FROM generate_series(1, 5000) g`,
  );
  // Two years of rows; a tenth by no one (jobs), a quarter by customers, the rest by 30 staff; about
  // 20,000 records per type, so one record has a few dozen entries at most.
  await raw.query(
    `INSERT INTO "AuditLog" (id, "actorId", action, entity, "entityId", before, after, "createdAt")
     SELECT 'ab_a' || lpad(g::text, 8, '0'),
            CASE WHEN g % 10 = 0 THEN NULL WHEN g % 4 = 0 THEN 'ab_c' || (1 + (g * 7) % 5000) ELSE 'ab_s' || (1 + (g * 13) % 30) END,
            p.action, p.entity, 'ab_' || lower(p.entity) || '_' || (1 + (g * 7919) % 20000),
            jsonb_build_object('stage', 'NEW', 'valueCents', g % 100000),
            jsonb_build_object('stage', 'QUALIFIED', 'valueCents', (g * 3) % 100000),
            now() - ((g * 104729) % (730::bigint * 86400000)) * interval '1 millisecond'
     FROM generate_series(1::bigint, ${rows}) g,
          LATERAL (SELECT (${sqlArray(weighted.map((p) => p[0]))})[1 + (g * 31) % ${weighted.length}] AS entity,
                          (${sqlArray(weighted.map((p) => p[1]))})[1 + (g * 31) % ${weighted.length}] AS action) p`,
  );
  await raw.query(`VACUUM ANALYZE "AuditLog"`);
  await raw.query(`ANALYZE "User"`);
  console.log(`Generated ${rows} audit rows in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}
await generate();

type Query = { sql: string; params: unknown[] };
const captured: Query[] = [];
let capturing = false;
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
client.$on("query", (event) => {
  if (capturing) captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
});
(globalThis as { __database?: unknown }).__database = {
  client,
  kind: "postgresql",
  runScript: async () => {},
  close: () => client.$disconnect(),
};

const { listAuditEntries } = await import("../lib/audit-log/queries");
const { auditListQuery } = await import("../lib/audit-log/schemas");
const { encodeCursor } = await import("../lib/audit-log/cursor");
const admin = { id: "ab_s3", role: "ADMIN" as const };

// Filter values from one real row of a busy staff member, so every combination matches something.
const { rows: sample } = await raw.query(
  `SELECT "actorId", entity, "entityId", action, "createdAt" FROM "AuditLog" WHERE "actorId" = 'ab_s5' AND entity = 'CRMLead' ORDER BY id LIMIT 1`,
);
const pick = sample[0] as { actorId: string; entity: string; entityId: string; action: string; createdAt: Date };
const month = pick.createdAt.toISOString().slice(0, 7);
const values: Record<string, Record<string, string>> = {
  actor: { actor: pick.actorId },
  entity: { entity: pick.entity },
  entityId: { entityId: pick.entityId },
  action: { action: pick.action },
  period: { from: `${month}-01`, to: `${month}-28`, tz: "Europe/Paris" },
};
const names = Object.keys(values);
// Deep in the log: the page that starts a year and a half back.
const { rows: deepRow } = await raw.query(
  `SELECT "createdAt", id FROM "AuditLog" ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.floor(rows * 0.75)} LIMIT 1`,
);
const deep = deepRow[0] ? encodeCursor(deepRow[0] as { createdAt: Date; id: string }) : undefined;

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

async function explain(query: Query) {
  const { rows: plan } = await raw.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.sql}`, query.params);
  const root = (plan[0]["QUERY PLAN"] as Array<{ Plan: PlanNode; "Execution Time": number }>)[0];
  const onAudit = nodes(root.Plan).filter((n) => n["Relation Name"] === "AuditLog" || n["Index Name"]?.startsWith("AuditLog"));
  return {
    indexes: [...new Set(onAudit.flatMap((n) => (n["Index Name"] ? [n["Index Name"].replace(/^AuditLog_|_idx$/g, "")] : [])))],
    seqScan: onAudit.some((n) => n["Node Type"] === "Seq Scan"),
    ms: root["Execution Time"],
  };
}

console.log(
  `\n${rows.toLocaleString("en")} rows; ${runs} runs per case; times in ms (service p50 / p95, SQL as EXPLAIN ANALYZE timed it)\n`,
);
console.log(
  `${"filters".padEnd(42)} ${"page".padEnd(6)} ${"rows".padStart(4)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"sql".padStart(7)}  index`,
);
// Every combination, then pairs where the second filter is rare within the first (the index walks further).
const combinations = Array.from({ length: 1 << names.length }, (_, mask) => {
  const chosen = names.filter((_, i) => mask & (1 << i));
  return {
    label: chosen.join(" + ") || "(none)",
    chosen,
    filters: Object.assign({}, ...chosen.map((name) => values[name])) as Record<string, string>,
  };
});
combinations.push(
  { label: "actor + action (rare: plan.update)", chosen: [], filters: { actor: pick.actorId, action: "plan.update" } },
  { label: "entity + action (rare: lead.won)", chosen: [], filters: { entity: "CRMLead", action: "lead.won" } },
  { label: "actor + entity (rare: HostingPlan)", chosen: [], filters: { actor: pick.actorId, entity: "HostingPlan" } },
);
let unindexed = 0;
for (const { label, chosen, filters } of combinations) {
  for (const page of ["first", "deep"] as const) {
    if (page === "deep" && (chosen.includes("period") || chosen.includes("entityId") || !deep)) continue;
    const query = auditListQuery.parse({ ...filters, ...(page === "deep" ? { older: deep } : {}) });
    captured.length = 0;
    capturing = true;
    const result = await listAuditEntries(admin, query);
    capturing = false;
    const audited = captured.filter((q) => q.sql.includes('"AuditLog"'));
    const plans = await Promise.all(audited.map(explain));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await listAuditEntries(admin, query);
      times.push(performance.now() - started);
    }
    const seq = plans.some((p) => p.seqScan);
    if (seq) unindexed += 1;
    console.log(
      `${label.padEnd(42)} ${page.padEnd(6)} ${String(result.items.length).padStart(4)} ${percentile(times, 50).toFixed(1).padStart(7)} ${percentile(times, 95).toFixed(1).padStart(7)} ${plans
        .reduce((s, p) => s + p.ms, 0)
        .toFixed(1)
        .padStart(7)}  ${plans.flatMap((p) => p.indexes).join(", ")}${seq ? "  SEQ SCAN" : ""}`,
    );
  }
}
await raw.end();
await client.$disconnect();
if (unindexed) {
  console.error(`\n${unindexed} case(s) read the audit log without an index.`);
  process.exit(1);
}
