import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

// The transport is another module's: here every publish is recorded.
const published = vi.hoisted(() => [] as Array<{ channel: string; event: string }>);
vi.mock("@/lib/realtime/publish", () => ({
  publish: vi.fn(async (channel: string, event: string) => {
    published.push({ channel, event });
  }),
  publishMany: vi.fn(async (events: Array<{ channel: string; event: string }>) => {
    for (const { channel, event } of events) published.push({ channel, event });
  }),
}));

import fc from "fast-check";
import { NextRequest } from "next/server.js";
import * as formsRoute from "@/app/api/livepulse/metrics/forms/route";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { AppError } from "@/lib/errors";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { ruleValue } from "@/lib/livepulse/alerts/values";
import { recordFormEvents } from "@/lib/livepulse/forms/record-form-events";
import { formAnalyticsQuery } from "@/lib/livepulse/forms/period";
import { formFunnel } from "@/lib/livepulse/forms/funnel";
import { formAnalytics, funnelBetween } from "@/lib/livepulse/forms/queries";
import { channels } from "@/lib/realtime/channels";
import { seed } from "@/prisma/seed/index";
import { createUser, hostingRequestInput } from "./helpers";

type User = Awaited<ReturnType<typeof createUser>>;
const HOUR = 3_600_000;
/** A fixed "now" long before the seed's recent events, so these figures are the test's own. */
const now = new Date("2020-03-01T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
const query = (input: Record<string, string>) => formAnalyticsQuery.parse(input);

type Kind = "VIEW" | "START" | "SECTION_COMPLETE" | "VALIDATION_ERROR" | "SUBMIT" | "ABANDON";
let n = 0;
const event = (sessionId: string, type: Kind, createdAt: Date, extra: { section?: string; field?: string; message?: string } = {}) => ({
  id: `fa_${++n}`,
  form: "hosting-request",
  sessionId,
  type,
  createdAt,
  ...extra,
});
const fullSession = (sessionId: string, startedAt: Date, minutes: number) => [
  event(sessionId, "VIEW", startedAt),
  event(sessionId, "START", startedAt),
  ...["customer", "resources", "domain", "options", "summary"].map((section) =>
    event(sessionId, "SECTION_COMPLETE", startedAt, { section }),
  ),
  event(sessionId, "SUBMIT", new Date(startedAt.getTime() + minutes * 60_000)),
];

let admin: User, seller: User, support: User, customer: User;

beforeAll(async () => {
  await seed(db);
  [admin, seller, support, customer] = await Promise.all([
    createUser("ADMIN"),
    createUser("SELLER"),
    createUser("SUPPORT"),
    createUser("CUSTOMER"),
  ]);
  await db.formEvent.createMany({
    data: [
      // The last day: one submission in 4 minutes, one abandon after an error, one view only, the
      // abandoning session's START sent twice.
      ...fullSession("day_submit", ago(2), 4),
      event("day_quit", "VIEW", ago(3)),
      event("day_quit", "START", ago(3)),
      event("day_quit", "START", ago(3)),
      event("day_quit", "VALIDATION_ERROR", ago(3), { section: "domain", field: "domainName", message: "domainInvalid" }),
      event("day_quit", "ABANDON", ago(2.9)),
      event("day_look", "VIEW", ago(5)),
      // Earlier in the week: one more submission in 10 minutes.
      ...fullSession("week_submit", ago(72), 10),
      event("week_submit", "VALIDATION_ERROR", ago(72), { section: "customer", field: "contactPhone", message: "phoneInvalid" }),
      // Outside both: a month and a half ago.
      ...fullSession("old_submit", ago(24 * 45), 2),
    ],
  });
});

describe("form analytics over a period", () => {
  it("counts the last day's sessions once each, with abandonment and conversion", async () => {
    const day = await formAnalytics(seller, query({ period: "24h" }), now);
    expect(day).toMatchObject({ views: 3, starts: 2, submissions: 1, abandoned: 1, abandonmentRate: 0.5, medianCompletionMs: 4 * 60_000 });
    expect(day.conversionRate).toBeCloseTo(1 / 3);
    expect(day.steps.find((s) => s.key === "SUBMIT")?.sessions).toBe(1);
    expect(day.errors).toEqual([{ field: "domainName", message: "domainInvalid", sessions: 1, occurrences: 1 }]);
    expect(day.period).toEqual({ preset: "24h", from: ago(24).toISOString(), to: now.toISOString() });
  });

  it("widens with the period and leaves out what falls outside it", async () => {
    const week = await formAnalytics(support, query({ period: "7d" }), now);
    expect(week).toMatchObject({ views: 4, starts: 3, submissions: 2, medianCompletionMs: 7 * 60_000 });
    expect(week.errors.map((e) => e.field)).toEqual(["contactPhone", "domainName"].sort());

    const old = await formAnalytics(admin, query({ from: "2020-01-10", to: "2020-01-20" }), now);
    expect(old).toMatchObject({ views: 1, submissions: 1, medianCompletionMs: 2 * 60_000 });
    const empty = await formAnalytics(admin, query({ from: "2019-01-01", to: "2019-01-31" }), now);
    expect(empty).toMatchObject({ views: 0, starts: 0, submissions: 0, conversionRate: 0, medianCompletionMs: null, errors: [] });
  });

  it("is refused to a customer", async () => {
    const error = await formAnalytics(customer, query({ period: "7d" }), now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });

  it("gives the abandonment rate to alert rules, in percent of the window's starts", async () => {
    expect(await ruleValue("FORM_ABANDONMENT_RATE", { windowMinutes: 24 * 60, serviceCheckId: null }, now)).toBe(50);
    expect(await ruleValue("FORM_ABANDONMENT_RATE", { windowMinutes: 60, serviceCheckId: null }, ago(100))).toBe(0);
  });
});

describe("live figures", () => {
  it("counts a submission of the form and tells LivePulse after the write", async () => {
    const sessionId = `live-${Date.now()}`;
    const before = await formAnalytics(admin, query({ period: "24h" }));
    published.length = 0;
    await recordFormEvents(customer, { form: "hosting-request", sessionId, events: [{ type: "VIEW" }, { type: "START" }] });
    await submitHostingRequest(customer, hostingRequestInput({ idempotencyKey: `forms-${sessionId}`, formSessionId: sessionId }));
    const after = await formAnalytics(admin, query({ period: "24h" }));
    expect(after.views - before.views).toBe(1);
    expect(after.starts - before.starts).toBe(1);
    expect(after.submissions - before.submissions).toBe(1);
    // Two writes within a second are one event now and, throttled, one more at the second's end.
    await vi.waitFor(
      () => expect(published.filter((p) => p.channel === channels.livepulse && p.event === "metrics.updated")).toHaveLength(2),
      // A limit against a hang: the throttle's timer can fire late on a busy machine.
      { timeout: 20_000 },
    );
  });
});

describe("REST API", () => {
  const get = async (actor: User | null, search: string) => {
    session.user = actor ? { id: actor.id, role: actor.role, name: actor.name, email: actor.email } : null;
    const response = await formsRoute.GET(new NextRequest(`http://localhost/api/livepulse/metrics/forms${search}`), {
      params: Promise.resolve({}),
    });
    return { status: response.status, body: await response.json() };
  };

  it("answers the same figures as the page to a seller", async () => {
    const answer = await get(seller, "?from=2020-02-20T00:00:00Z&to=2020-03-01T12:00:00Z");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ views: 4, starts: 3, submissions: 2, abandoned: 1, period: { preset: "custom" } });
    expect(answer.body.steps).toHaveLength(8);
    const preset = await get(seller, "?period=30d");
    expect(preset.status).toBe(200);
    expect(preset.body.period.preset).toBe("30d");
  });

  it("refuses a customer, an anonymous caller and a bad period", async () => {
    expect((await get(customer, "?period=7d")).status).toBe(403);
    expect((await get(null, "?period=7d")).status).toBe(401);
    const reversed = await get(admin, "?from=2020-02-10&to=2020-02-01");
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.fields.to).toEqual(["periodOrder"]);
    expect((await get(admin, "?from=2020-01-01&to=2020-06-01")).body.error.fields.to).toEqual(["periodTooLong"]);
    expect((await get(admin, "?period=1y")).status).toBe(422);
    expect((await get(admin, "?from=2020-01-01")).status).toBe(422);
    expect((await get(admin, "?from=yesterday&to=today")).status).toBe(422);
  });
});

type DrawnEvent = Prisma.FormEventCreateManyInput & { id: string; createdAt: Date };

/** Writes `rows` in batches cut at `cuts` (a session's events across several), calling `afterEach` with the count written. */
async function writeInBatches(rows: DrawnEvent[], cuts: number[], afterEach: (written: number) => Promise<void> = async () => {}) {
  const bounds = [0, ...cuts.map((cut) => cut % (rows.length + 1)).sort((a, b) => a - b), rows.length];
  for (let i = 1; i < bounds.length; i++) {
    const batch = rows.slice(bounds[i - 1], bounds[i]);
    if (batch.length) await db.formEvent.createMany({ data: batch });
    await afterEach(bounds[i]);
  }
}

/**
 * Deletes some of `rows` and moves others later by up to `maxShiftMinutes`, one statement each,
 * keeping `rows` what the table holds; `afterEach` runs after each statement.
 */
async function deleteAndMove(
  rows: DrawnEvent[],
  changes: number[],
  maxShiftMinutes: number,
  afterEach: () => Promise<void> = async () => {},
) {
  for (const [index, change] of changes.entries()) {
    if (!rows.length) break;
    const [row] = rows.splice(change % rows.length, 1);
    if (index % 2) {
      await db.formEvent.delete({ where: { id: row.id } });
    } else {
      const moved = { ...row, createdAt: new Date(row.createdAt.getTime() + (change % maxShiftMinutes) * 60_000) };
      await db.formEvent.update({ where: { id: row.id }, data: { createdAt: moved.createdAt } });
      rows.push(moved);
    }
    await afterEach();
  }
}

describe("the funnel counted by the database", () => {
  const kinds: Kind[] = ["VIEW", "START", "SECTION_COMPLETE", "VALIDATION_ERROR", "SUBMIT", "ABANDON"];
  const from = new Date("2019-06-01T00:00:00Z");
  const to = new Date("2019-06-01T02:00:00Z");
  // Sessions and events around a two-hour window: some fall outside it, on both sides.
  const events = fc.array(
    fc.record({
      session: fc.integer({ min: 1, max: 6 }),
      type: fc.constantFrom(...kinds),
      minute: fc.integer({ min: -20, max: 140 }),
      section: fc.option(fc.constantFrom("customer", "resources", "domain", "options", "summary", "elsewhere"), { nil: undefined }),
      field: fc.option(fc.constantFrom("contactEmail", "domainName", ""), { nil: undefined }),
      message: fc.option(fc.constantFrom("invalid", "required"), { nil: undefined }),
      durationMs: fc.option(fc.integer({ min: 0, max: 900_000 }), { nil: undefined }),
    }),
    { maxLength: 40 },
  );
  let run = 0;

  it("gives formFunnel()'s figures over the same events, sending none of them", async () => {
    await fc.assert(
      // The events arrive in batches (a session's across several), then some are deleted and some
      // moved in time: the sessions' kept rows follow each of those statements.
      fc.asyncProperty(events, fc.array(fc.nat(), { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 4 }), async (drawn, cuts, changes) => {
        const form = `funnel-property-${++run}`;
        const rows = drawn.map((e, index) => ({
          id: `fp_${run}_${index}`,
          form,
          sessionId: `s${e.session}`,
          type: e.type,
          section: e.section ?? null,
          field: e.field ?? null,
          message: e.message ?? null,
          durationMs: e.durationMs ?? null,
          createdAt: new Date(from.getTime() + e.minute * 60_000),
        }));
        await writeInBatches(rows, cuts);
        await deleteAndMove(rows, changes, 90);
        const inWindow = rows.filter((r) => r.createdAt >= from && r.createdAt < to);
        const expected = formFunnel(inWindow.map((r) => ({ ...r, at: r.createdAt })));
        expect(await funnelBetween(from, to, form)).toEqual(expected);
      }),
      { numRuns: 40, seed: 20261206 },
    );
  });

  it("gives the same figures over several days, each whole day read from its summary, summed up again after a change", async () => {
    const dayMs = 86_400_000;
    const midnight = Date.UTC(2019, 6, 1);
    // From 05:00 on the first day to 20:00 on the fifth: three whole days between two partial ones.
    const [start, end] = [new Date(midnight + 5 * 3_600_000), new Date(midnight + 4 * dayMs + 20 * 3_600_000)];
    const multiDay = fc.array(
      fc.record({
        session: fc.integer({ min: 1, max: 10 }),
        type: fc.constantFrom(...kinds),
        // Each session keeps to its own day, one event in nine spilling over midnight on either side.
        minute: fc.integer({ min: -90, max: 1530 }),
        section: fc.option(fc.constantFrom("customer", "resources", "domain", "options", "summary"), { nil: undefined }),
        durationMs: fc.option(fc.integer({ min: 0, max: 900_000 }), { nil: undefined }),
      }),
      { maxLength: 60 },
    );
    const form = (n: number) => `funnel-days-${n}`;
    let days = 0;
    await fc.assert(
      fc.asyncProperty(
        multiDay,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (drawn, cuts, changes) => {
          const name = form(++days);
          const rows = drawn.map((e, index) => ({
            id: `fd_${days}_${index}`,
            form: name,
            sessionId: `s${e.session}`,
            type: e.type,
            section: e.section ?? null,
            durationMs: e.durationMs ?? null,
            createdAt: new Date(midnight + ((e.session % 6) - 1) * dayMs + e.minute * 60_000),
          }));
          const expected = () => {
            const inWindow = rows.filter((r) => r.createdAt >= start && r.createdAt < end);
            return formFunnel(inWindow.map((r) => ({ ...r, at: r.createdAt })));
          };
          // Read after every batch and change: the days summed up so far must follow the next ones.
          await writeInBatches(rows, cuts, async (written) => {
            const sent = rows.slice(0, written).filter((r) => r.createdAt >= start && r.createdAt < end);
            expect(await funnelBetween(start, end, name)).toEqual(formFunnel(sent.map((r) => ({ ...r, at: r.createdAt }))));
          });
          // Moved by up to a day and a half, often onto another day.
          await deleteAndMove(rows, changes, 2160, async () => expect(await funnelBetween(start, end, name)).toEqual(expected()));
          expect(await funnelBetween(start, end, name)).toEqual(expected());
        },
      ),
      { numRuns: 40, seed: 20261208 },
    );
    // The whole days were read from their summaries, not counted from their sessions each time.
    const summed = await db.formDay.count({ where: { form: { startsWith: "funnel-days-" }, stale: false, views: { gt: 0 } } });
    expect(summed).toBeGreaterThan(40);
  });
});
