/**
 * Server time of the CRM's reads on the large data set, each beside the raw SQL time of the same
 * queries. Run `npm run seed:large` first, with the same DATABASE_URL:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/orbite_large npm run bench:crm
 *
 * "Server" is the service call as pages and route handlers make it (Prisma, mapping, permission
 * checks). "Raw SQL" replays the exact statements Prisma sent during that call, with their
 * parameters, straight through `pg`, concurrently as the service runs them (a transaction's in turn, in one). RUNS (40) per case;
 * VERBOSE=1 also prints each statement with its own time, and ONLY=<text> keeps the matching cases.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { env } from "../lib/env";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { percentile } from "./bench/percentile";

if (!env.databaseUrl) {
  console.error("bench:crm needs the PostgreSQL database of seed:large: set DATABASE_URL.");
  process.exit(1);
}

type Query = { sql: string; params: unknown[] };
const captured: Query[] = [];
let capturing = false;

const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.databaseUrl }), log: [{ emit: "event", level: "query" }] });
client.$on("query", (event) => {
  if (capturing) captured.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
});
// The services use the app's one database handle: point it at this client.
(globalThis as { __database?: unknown }).__database = {
  client,
  kind: "postgresql",
  runScript: async () => {},
  close: () => client.$disconnect(),
};

const { listLeads, getLead, listActivities } = await import("../lib/crm/leads/queries");
const { leadListQuery } = await import("../lib/crm/leads/schemas");
const { benchCases: extraCases } = await import("./bench-crm-cases");

const raw = new Pool({ connectionString: env.databaseUrl, max: 10 });
const runs = Number(process.env.RUNS ?? 40);

const seller = await client.user.findFirst({ where: { id: "lg_s1" }, select: { id: true, role: true } });
if (!seller) {
  console.error("No large data set here: run `npm run seed:large` with this DATABASE_URL first.");
  process.exit(1);
}
const actor = { id: seller.id, role: seller.role };
const someLead = "lg_l4242";

type Case = { name: string; run: () => Promise<unknown> };
const cases: Case[] = [
  { name: "leads list (newest first)", run: () => listLeads(actor, leadListQuery.parse({})) },
  {
    name: "leads list (stage+source, by value)",
    run: () => listLeads(actor, leadListQuery.parse({ stage: "QUALIFIED,PROPOSAL", source: "WEBSITE", sort: "valueCents" })),
  },
  {
    name: "leads list (mine, by name, page 3)",
    run: () => listLeads(actor, leadListQuery.parse({ mine: "1", sort: "name", dir: "asc", page: "3" })),
  },
  { name: 'leads list (search "company 42")', run: () => listLeads(actor, leadListQuery.parse({ q: "company 42" })) },
  {
    name: "leads list (created in March 2026)",
    run: () => listLeads(actor, leadListQuery.parse({ createdFrom: "2026-03-01", createdTo: "2026-03-31" })),
  },
  { name: "lead detail", run: () => getLead(actor, someLead) },
  { name: "lead timeline (first page)", run: () => listActivities(actor, someLead, { page: 1, pageSize: 50 }) },
  ...extraCases(actor),
];

const time = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};
/**
 * The statements of one call as the server sent them: side by side, but those of a transaction
 * (Prisma logs its statements from a `SET LOCAL` to the `COMMIT`, not the `BEGIN`) one after the
 * other on one connection, inside a transaction, so that its settings apply. The log tells only the
 * order statements ended in: one that ran beside the transaction and ended within it is replayed in
 * it, after the others (two transactions of one call would be merged; no read makes two). `each`
 * gets each statement's own time, while the others run too. Prisma prints dates and BigInts in the
 * params as strings; pg takes them as they are.
 */
async function replay(queries: Query[], each?: (query: Query, ms: number) => void) {
  const groups: Query[][] = [];
  let transaction: Query[] | null = null;
  for (const query of queries) {
    if (transaction && /^\s*COMMIT\b/i.test(query.sql)) {
      groups.push(transaction);
      transaction = null;
    } else if (transaction) transaction.push(query);
    else if (/^\s*SET LOCAL\b/i.test(query.sql)) transaction = [query];
    else groups.push([query]);
  }
  if (transaction) groups.push(transaction);
  await Promise.all(
    groups.map(async (group) => {
      const inTransaction = /^\s*SET LOCAL\b/i.test(group[0].sql);
      const client = await raw.connect();
      try {
        if (inTransaction) await client.query("BEGIN");
        for (const query of group) {
          const ms = await time(() => client.query(query.sql, query.params));
          each?.(query, ms);
        }
        if (inTransaction) await client.query("COMMIT");
      } finally {
        client.release();
      }
    }),
  );
}

console.log(`${runs} runs per case on ${new URL(env.databaseUrl).pathname.slice(1)}; times in ms\n`);
console.log(
  `${"case".padEnd(40)} ${"server p50".padStart(10)} ${"p95".padStart(7)}   ${"raw p50".padStart(8)} ${"p95".padStart(7)}   ${"p95 ×raw".padStart(8)}  queries`,
);
for (const benchCase of cases.filter((c) => !process.env.ONLY || c.name.includes(process.env.ONLY))) {
  for (let i = 0; i < 3; i++) await benchCase.run();
  captured.length = 0;
  capturing = true;
  await benchCase.run();
  capturing = false;
  const queries = [...captured];
  const server: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < runs; i++) {
    server.push(await time(benchCase.run));
    sql.push(await time(() => replay(queries)));
  }
  if (process.env.VERBOSE) {
    await replay(queries, (q, ms) => console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${q.sql.replace(/\s+/g, " ").slice(0, 220)}`));
  }
  const s50 = percentile(server, 50);
  const s95 = percentile(server, 95);
  const r50 = percentile(sql, 50);
  const r95 = percentile(sql, 95);
  console.log(
    `${benchCase.name.padEnd(40)} ${s50.toFixed(1).padStart(10)} ${s95.toFixed(1).padStart(7)}   ${r50.toFixed(1).padStart(8)} ${r95.toFixed(1).padStart(7)}   ${(s95 / r95).toFixed(2).padStart(8)}  ${queries.length}`,
  );
}
await raw.end();
await client.$disconnect();
