import { beforeAll, describe, expect, it, vi } from "vitest";

// Auth.js, next/headers and next/cache need Next's runtime. Many requests are in flight at once
// here, so each one's signed-in user travels with its own async context (a session as
// tests/integration/fake-session.ts makes them, checked against the database all the same).
const caller = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  return new AsyncLocalStorage<{ id: string; role: string; name: string; email: string }>();
});
vi.mock("@/lib/auth/index", () => {
  const auth = async () => {
    const user = caller.getStore();
    return user ? { user, sid: `load-session-${user.id}`, ver: 0 } : null;
  };
  return { auth, readSession: auth };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { NextRequest } from "next/server.js";
import * as requests from "@/app/api/hosting/requests/route";
import { startSession } from "@/lib/auth/sessions";
import { db, openPostgres } from "@/lib/db";
import { submitHostingRequestAction } from "@/lib/hosting/requests/actions";
import { seed } from "@/prisma/seed/index";
import { createUser, hostingRequestInput } from "./helpers";

type User = Awaited<ReturnType<typeof createUser>>;
type Answer = { key: string; customerId: string; status: number; retryAfter: string | null; code?: string };

const customerCount = 10;
const submissions = 200;
let customers: User[];

beforeAll(async () => {
  await seed(db);
  customers = [];
  for (let i = 0; i < customerCount; i++) {
    const customer = await createUser("CUSTOMER");
    // Signed in once, as each customer would be before submitting.
    await startSession({ sid: `load-session-${customer.id}`, userId: customer.id });
    customers.push(customer);
  }
});

const asCaller = <T>(user: User, run: () => Promise<T>) =>
  caller.run({ id: user.id, role: user.role, name: user.name, email: user.email }, run);

/** One submission through the REST door, as Next would call it. */
async function viaRoute(user: User, key: string): Promise<Answer> {
  const body = JSON.stringify(hostingRequestInput({ idempotencyKey: key }));
  const response = await asCaller(user, () =>
    requests.POST(
      new NextRequest("http://localhost/api/hosting/requests", { method: "POST", headers: { "content-type": "application/json" }, body }),
      { params: Promise.resolve({}) },
    ),
  );
  const json = (await response.json()) as { error?: { code: string } };
  return { key, customerId: user.id, status: response.status, retryAfter: response.headers.get("retry-after"), code: json.error?.code };
}

/** One submission through the form's door (the server action), its answer read as the status it stands for. */
async function viaAction(user: User, key: string): Promise<Answer> {
  const result = await asCaller(user, () => submitHostingRequestAction(hostingRequestInput({ idempotencyKey: key })));
  const error = result?.serverError as { code: string; meta?: { retryAfterSeconds?: number } } | undefined;
  const status = result?.data
    ? result.data.duplicate
      ? 200
      : 201
    : error?.code === "UNAVAILABLE"
      ? 503
      : error?.code === "RATE_LIMITED"
        ? 429
        : 500;
  return {
    key,
    customerId: user.id,
    status,
    retryAfter: error?.meta?.retryAfterSeconds ? String(error.meta.retryAfterSeconds) : null,
    code: error?.code,
  };
}

/**
 * Fires every submission at once: the customers in turn, every fifth submission through the server
 * action, and one in twenty a retry of the same customer's key sent ten submissions earlier.
 */
async function fireAll(label: string): Promise<Answer[]> {
  const keyOf = (i: number) => `${label}-submission-${i % 20 === 19 ? i - 10 : i}`;
  return Promise.all(
    Array.from({ length: submissions }, (_, i) => {
      const customer = customers[i % customerCount];
      return i % 5 === 4 ? viaAction(customer, keyOf(i)) : viaRoute(customer, keyOf(i));
    }),
  );
}

/** Every answer is honest and the database holds exactly what was accepted, each request whole. */
async function expectHonest(answers: Answer[], label: string) {
  for (const answer of answers) {
    expect([200, 201, 429, 503], JSON.stringify(answer)).toContain(answer.status);
    if (answer.status >= 400) {
      expect(Number(answer.retryAfter), JSON.stringify(answer)).toBeGreaterThan(0);
      expect(answer.code).toMatch(/^(UNAVAILABLE|RATE_LIMITED)$/);
    }
  }
  const stored = await db.hostingRequest.findMany({
    where: { idempotencyKey: { startsWith: `${label}-` } },
    select: { id: true, reference: true, idempotencyKey: true, customerId: true, leadId: true, yearlyCents: true },
  });
  const accepted = new Set(answers.filter((a) => a.status < 300).map((a) => `${a.customerId}/${a.key}`));
  expect(new Set(stored.map((r) => `${r.customerId}/${r.idempotencyKey}`))).toEqual(accepted);
  expect(stored.length).toBe(accepted.size);
  expect(new Set(stored.map((r) => r.reference)).size).toBe(stored.length);
  expect(answers.filter((a) => a.status === 201).length).toBe(stored.length);

  // All or nothing: each stored request has its first status, its activity and its audit row.
  const ids = stored.map((r) => r.id);
  expect(await db.hostingRequestStatusChange.count({ where: { requestId: { in: ids } } })).toBe(ids.length);
  expect(await db.auditLog.count({ where: { entity: "HostingRequest", action: "hostingRequest.create", entityId: { in: ids } } })).toBe(
    ids.length,
  );
  // One lead per customer, holding the value of every request stored for them, none lost to a race.
  for (const customer of customers) {
    const mine = await db.hostingRequest.findMany({ where: { customerId: customer.id }, select: { leadId: true, yearlyCents: true } });
    if (mine.length === 0) continue;
    const leads = await db.cRMLead.findMany({ where: { email: customer.email }, select: { id: true, valueCents: true } });
    expect(leads).toHaveLength(1);
    expect(new Set(mine.map((r) => r.leadId))).toEqual(new Set([leads[0].id]));
    expect(leads[0].valueCents).toBe(mine.reduce((sum, r) => sum + r.yearlyCents, 0));
    expect(await db.cRMActivity.count({ where: { leadId: leads[0].id, type: "SYSTEM" } })).toBe(mine.length);
  }
}

/** Sends again, one at a time as a client honouring Retry-After would, each submission never accepted. */
async function resubmitRefused(answers: Answer[]): Promise<Answer[]> {
  const accepted = new Set(answers.filter((a) => a.status < 300).map((a) => `${a.customerId}/${a.key}`));
  const refused = new Map(answers.filter((a) => !accepted.has(`${a.customerId}/${a.key}`)).map((a) => [`${a.customerId}/${a.key}`, a]));
  const retries: Answer[] = [];
  for (const { customerId, key } of refused.values()) {
    const customer = customers.find((c) => c.id === customerId)!;
    for (let attempt = 1; ; attempt++) {
      const answer = await viaRoute(customer, key);
      retries.push(answer);
      if (answer.status < 300) break;
      if (attempt === 50) throw new Error(`${key} still refused after ${attempt} attempts: ${JSON.stringify(answer)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return retries;
}

/** The storm, then the refused ones again: honest at each step, and in the end every submission stored once. */
async function stormThenRetry(label: string) {
  const answers = await fireAll(label);
  await expectHonest(answers, label);
  const all = [...answers, ...(await resubmitRefused(answers))];
  await expectHonest(all, label);
  const keys = new Set(answers.map((a) => `${a.customerId}/${a.key}`));
  expect(await db.hostingRequest.count({ where: { idempotencyKey: { startsWith: `${label}-` } } })).toBe(keys.size);
  return answers;
}

// A storm of 200 submissions and its retries: minutes beside CI's other lanes on two cores.
describe(`${submissions} simultaneous submissions by ${customerCount} customers`, () => {
  it("are each stored once or refused with a reason to retry, on the app's own pool", { timeout: 300_000 }, async () => {
    await stormThenRetry("load");
  });

  // The embedded database is one connection in process: a pool to exhaust only exists on a server.
  it.runIf(process.env.TEST_DATABASE_URL)(
    "answer 503 with Retry-After, never 500, when the pool is exhausted, and store exactly what they accepted",
    { timeout: 300_000 },
    async () => {
      const global = globalThis as { __database?: ReturnType<typeof openPostgres> };
      const appDatabase = global.__database!;
      // Two connections and a wait of 50 ms for one: most of the storm finds none free in time.
      const tiny = openPostgres(process.env.DATABASE_URL!, { size: 2, timeoutMs: 50, transactionTimeoutMs: 5000 });
      // Open both first: opening a connection may take longer than the wait allows.
      for (let opened = false; !opened;) {
        const sleep = () => tiny.client.$executeRaw`SELECT pg_sleep(0.05)`;
        opened = await Promise.all([sleep(), sleep()]).then(
          () => true,
          () => false,
        );
      }
      global.__database = tiny;
      try {
        const answers = await stormThenRetry("tiny");
        expect(answers.some((a) => a.status === 503)).toBe(true);
      } finally {
        global.__database = appDatabase;
        await tiny.close();
      }
    },
  );
});
