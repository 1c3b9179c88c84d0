import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers and actions read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import { z } from "zod";
import * as metricsRoute from "@/app/api/metrics/route";
import * as realtimeRoute from "@/app/api/livepulse/metrics/realtime/route";
import * as planRoutes from "@/app/api/hosting/plans/route";
import * as planIdRoutes from "@/app/api/hosting/plans/[id]/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { route } from "@/lib/http";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { flushMetrics } from "@/lib/livepulse/metrics/flush";
import { measurePages } from "@/lib/livepulse/metrics/page-spans";
import { metricsSnapshotSchema } from "@/lib/livepulse/metrics/schemas";
import { metricValue } from "@/lib/livepulse/metrics/values";
import { userActionClient } from "@/lib/safe-action";
import { createUser } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Someone = { id: string; role: string; name: string; email: string } | null;

async function call(handler: Handler, path: string, as: Someone, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  session.user = as;
  const response = await handler(new NextRequest(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) });
  session.user = null;
  return response;
}

// A handler that breaks unexpectedly, behind the same wrapper as every API route.
const broken = route({ method: "GET", path: "/api/test/broken", summary: "Always fails", access: "public" }, async () => {
  throw new Error("database on fire");
});

const passingAction = userActionClient.inputSchema(z.object({ n: z.number() })).action(async ({ parsedInput }) => parsedInput.n * 2);
const failingAction = userActionClient.inputSchema(z.object({})).action(async () => {
  throw new Error("unexpected");
});

let admin: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let seller: Awaited<ReturnType<typeof createUser>>;

const TOKEN = "scraper-token-for-the-metrics-test";

beforeAll(async () => {
  // As if METRICS_TOKEN were configured (the configuration is read once, before this file runs).
  (env as { metricsToken?: string }).metricsToken = TOKEN;
  admin = await createUser("ADMIN");
  customer = await createUser("CUSTOMER");
  seller = await createUser("SELLER");
});

describe("metrics measured from real requests", () => {
  it("counts API calls by route, errors only for 5xx, and computes p95 after a flush", async () => {
    // Requests count into the minute they are made in: the clock stays mid-minute, so none crosses into the next.
    const midMinute = Math.floor(Date.now() / 60_000) * 60_000 + 30_000;
    vi.useFakeTimers({ toFake: ["Date"], now: midMinute });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 0; i < 3; i++) expect((await call(planRoutes.GET, "/api/hosting/plans", null)).status).toBe(200);
    expect((await call(planIdRoutes.GET, "/api/hosting/plans/nope", null, { id: "nope" })).status).toBe(404);
    // A 500 is the bug the contract recorder reports: this one is the test's own, so it is not recorded.
    const contractLog = env.apiContractLog;
    (env as { apiContractLog?: string }).apiContractLog = undefined;
    expect((await call(broken, "/api/test/broken", null)).status).toBe(500);
    (env as { apiContractLog?: string }).apiContractLog = contractLog;

    // Nothing reaches the figures before this instance flushes.
    expect(await metricValue("REQUESTS_PER_MINUTE", 5, new Date())).toBe(0);
    const now = new Date();
    expect(await flushMetrics(now)).toEqual({ minutes: 1 });

    const rows = await db.metricMinute.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "API", count: 5, errors: 1 });
    // Over 5 minutes: 5 requests is one a minute; 1 of 5 failed.
    expect(await metricValue("REQUESTS_PER_MINUTE", 5, now)).toBe(1);
    expect(await metricValue("ERROR_RATE", 5, now)).toBe(20);
    const p95 = await metricValue("P95_LATENCY_MS", 5, now);
    expect(p95).toBeGreaterThan(0);
    expect(p95).toBeLessThan(10_000);

    // A second flush of the same minute adds to the same row.
    expect((await call(planRoutes.GET, "/api/hosting/plans", null)).status).toBe(200);
    await flushMetrics(now);
    expect(await db.metricMinute.findMany()).toMatchObject([{ kind: "API", count: 6, errors: 1 }]);
    expect(await metricValue("REQUESTS_PER_MINUTE", 2, now)).toBe(3);
  });

  it("counts server actions as actions, a thrown error as a failure, a validation refusal not", async () => {
    session.user = { id: seller.id, role: seller.role, name: seller.name, email: seller.email };
    expect((await passingAction({ n: 21 })).data).toBe(42);
    expect((await failingAction({})).serverError).toMatchObject({ code: "INTERNAL" });
    session.user = null;
    expect((await passingAction({ n: 1 })).serverError).toMatchObject({ code: "UNAUTHORIZED" });
    const now = new Date();
    await flushMetrics(now);
    expect(await metricValue("REQUESTS_PER_MINUTE", 1, now, "ACTION")).toBe(3);
    expect(await metricValue("ERROR_RATE", 1, now, "ACTION")).toBe(33.33);
  });

  it("counts pages from Next's own request spans, by route pattern, not API routes nor actions", async () => {
    measurePages();
    const { getTracer } = await import("next/dist/server/lib/trace/tracer.js");
    const { AppRenderSpan, BaseServerSpan } = await import("next/dist/server/lib/trace/constants.js");
    const tracer = getTracer();
    // What Next's server does for each request: a root span, the route pattern set from deep inside the render.
    const request = (method: string, url: string, pattern: string, status: number) =>
      tracer.trace(
        BaseServerSpan.handleRequest,
        { spanName: method, attributes: { "http.method": method, "http.target": url } },
        async (span) => {
          // Spans inside the request's span, as Next opens them while it serves the request.
          await tracer.trace(AppRenderSpan.getBodyResult, () =>
            tracer.trace(AppRenderSpan.fetch, () => new Promise((resolve) => setTimeout(resolve, 5))),
          );
          tracer.setRootSpanAttribute("next.route", pattern);
          const attributes = tracer.getRootSpanAttributes();
          span.setAttributes({ "http.status_code": status, "next.route": attributes?.get("next.route") as string });
        },
      );
    await request("GET", "/crm/leads/abc", "/crm/leads/[id]", 200);
    await request("GET", "/crm/leads/def", "/crm/leads/[id]", 500);
    await request("POST", "/crm/leads/def", "/crm/leads/[id]", 200);
    await request("GET", "/api/hosting/plans", "/api/hosting/plans", 200);
    const now = new Date();
    await flushMetrics(now);
    expect(await metricValue("REQUESTS_PER_MINUTE", 1, now, "PAGE")).toBe(2);
    expect(await metricValue("ERROR_RATE", 1, now, "PAGE")).toBe(50);
    expect(await metricValue("P95_LATENCY_MS", 1, now, "PAGE")).toBeGreaterThanOrEqual(4);
  });

  it("serves Prometheus text to the token or to staff, 401/403 otherwise, and leaves its own calls out", async () => {
    const asAdmin = { id: admin.id, role: admin.role, name: admin.name, email: admin.email };
    const asCustomer = { id: customer.id, role: customer.role, name: customer.name, email: customer.email };
    const anonymous = await call(metricsRoute.GET, "/api/metrics", null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
    expect((await call(metricsRoute.GET, "/api/metrics", null, {}, { authorization: "Bearer wrong-token-of-the-right-size" })).status).toBe(
      401,
    );
    expect((await call(metricsRoute.GET, "/api/metrics", asCustomer)).status).toBe(403);

    const scraped = await call(metricsRoute.GET, "/api/metrics", null, {}, { authorization: `Bearer ${TOKEN}` });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get("content-type")).toContain("text/plain");
    const text = await scraped.text();
    expect(text).toContain('livepulse_requests_total{kind="api",route="/api/hosting/plans",method="GET",status="2xx"} 4');
    expect(text).toContain('livepulse_requests_total{kind="api",route="/api/test/broken",method="GET",status="5xx"} 1');
    expect(text).toContain('livepulse_requests_total{kind="page",route="/crm/leads/[id]",method="GET",status="5xx"} 1');
    expect(text).toContain('livepulse_error_rate_percent{kind="api"} 16.67');
    expect(text).toMatch(/livepulse_request_duration_seconds_count\{kind="api"\} 6/);
    expect(text).not.toContain('route="/api/metrics"');
    // The process's own memory, for whoever watches it grow.
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);

    const staff = await call(metricsRoute.GET, "/api/metrics", asAdmin);
    expect(staff.status).toBe(200);
    expect(await staff.text()).not.toContain('route="/api/metrics"');
  });

  it("counts signed-in users seen in the last minutes as active", async () => {
    const asCustomer = { id: customer.id, role: customer.role, name: customer.name, email: customer.email };
    await call(planRoutes.GET, "/api/hosting/plans", asCustomer);
    await expect.poll(() => db.user.findUniqueOrThrow({ where: { id: customer.id } }).then((u) => u.lastSeenAt)).not.toBeNull();
    const now = new Date();
    // The admin scraped /api/metrics above; the customer just listed plans; the seller's session only ran actions.
    await expect.poll(() => metricValue("ACTIVE_USERS", 5, now)).toBe(3);
    expect(await metricValue("ACTIVE_USERS", 5, new Date(now.getTime() + 10 * 60_000))).toBe(0);
  });

  it("gives staff the realtime figures with their last hour, in the documented shape", async () => {
    const asSeller = { id: seller.id, role: seller.role, name: seller.name, email: seller.email };
    const asCustomer = { id: customer.id, role: customer.role, name: customer.name, email: customer.email };
    expect((await call(realtimeRoute.GET, "/api/livepulse/metrics/realtime", asCustomer)).status).toBe(403);
    const response = await call(realtimeRoute.GET, "/api/livepulse/metrics/realtime", asSeller);
    expect(response.status).toBe(200);
    const body = metricsSnapshotSchema.parse(await response.json());
    expect(body.minutes).toHaveLength(60);
    expect(body.hours).toHaveLength(24);
    expect(body.minutes.reduce((sum, m) => sum + m.byKind.API, 0)).toBe(6);
    expect(body.current.ERROR_RATE).toBeGreaterThan(0);
    expect(body.byKind.API.errorRate).toBe(16.67);
  });

  it("fires an alert rule on the error rate", async () => {
    const rule = await createAlertRule(
      admin,
      alertRuleSchema.parse({ name: "Trop d'erreurs API", metric: "ERROR_RATE", comparator: "GT", threshold: 10, windowMinutes: 5 }),
    );
    expect((await evaluateAlerts(new Date())).fired).toBe(1);
    const alerts = await db.alert.findMany({ where: { ruleId: rule.id } });
    expect(alerts).toMatchObject([{ status: "FIRING" }]);
    expect(alerts[0].value).toBeGreaterThan(10);
  });
});
