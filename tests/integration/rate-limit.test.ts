import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test says.
const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => incoming.headers }));

import { NextRequest } from "next/server.js";
import { z } from "zod";
import { db } from "@/lib/db";
import { route } from "@/lib/http";
import type { RateLimitPolicy } from "@/lib/rate-limit";
import { actionClient, rateLimit, userActionClient, type ActionError } from "@/lib/safe-action";
import { createUser } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Someone = { id: string; role: string; name: string; email: string };

const as = (user: Awaited<ReturnType<typeof createUser>>): Someone => ({
  id: user.id,
  role: user.role,
  name: user.name,
  email: user.email,
});

async function post(handler: Handler, ip: string, user: Someone | null = null) {
  session.user = user;
  const request = new NextRequest("http://localhost/api/test/limited", { method: "POST", headers: { "x-forwarded-for": ip } });
  const response = await handler(request, { params: Promise.resolve({}) });
  session.user = null;
  return response;
}

async function act<T>(action: () => Promise<T>, ip: string, user: Someone | null = null): Promise<T> {
  session.user = user;
  incoming.headers = new Headers({ "x-forwarded-for": ip });
  const result = await action();
  session.user = null;
  return result;
}

// Two app instances: each builds its own handler and action from the same declarations; only the database is shared.
const byAddress: RateLimitPolicy = { name: "test-route", limit: 3, windowSeconds: 60, key: "ip" };
const spec = {
  method: "POST",
  path: "/api/test/limited",
  summary: "A limited route",
  access: "public",
  rateLimit: byAddress,
  response: z.object({ ok: z.literal(true) }),
  errors: [],
} as const;
const routeOnA = route(spec, async () => ({ ok: true }));
const routeOnB = route(spec, async () => ({ ok: true }));

const byUser: RateLimitPolicy = { name: "test-action", limit: 2, windowSeconds: 600, key: "user" };
const actionOnA = userActionClient.use(rateLimit(byUser)).action(async () => "done");
const actionOnB = userActionClient.use(rateLimit(byUser)).action(async () => "done");
const anonymousAction = actionClient
  .use(rateLimit({ name: "test-anonymous", limit: 1, windowSeconds: 60, key: "ip" }))
  .action(async () => "done");

let seller: Someone;
let support: Someone;

beforeAll(async () => {
  seller = as(await createUser("SELLER"));
  support = as(await createUser("SUPPORT"));
});

describe("a route's rate limit", () => {
  it("answers the call past the limit with 429, Retry-After and the error shape, per client address", async () => {
    for (let i = 0; i < 3; i++) expect((await post(routeOnA, "10.0.0.1")).status).toBe(200);
    const refused = await post(routeOnA, "10.0.0.1");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: { code: "RATE_LIMITED", message: expect.any(String), meta: { retryAfterSeconds: retryAfter } },
    });
    expect((await post(routeOnA, "10.0.0.2")).status).toBe(200);
  });

  it("shares one count between instances, kept in the database and nowhere else", async () => {
    expect((await post(routeOnA, "10.0.1.1")).status).toBe(200);
    expect((await post(routeOnB, "10.0.1.1")).status).toBe(200);
    expect((await post(routeOnA, "10.0.1.1")).status).toBe(200);
    expect((await post(routeOnB, "10.0.1.1")).status).toBe(429);
    expect(await db.rateLimit.findUnique({ where: { key: "rate:test-route:ip:10.0.1.1" } })).toMatchObject({ count: 4 });

    // Once the row says the window is over, both instances let the address in again.
    await db.rateLimit.update({ where: { key: "rate:test-route:ip:10.0.1.1" }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await post(routeOnA, "10.0.1.1")).status).toBe(200);
  });
});

describe("an action's rate limit", () => {
  it("gives the form RATE_LIMITED with the seconds to wait, per user whatever their address", async () => {
    expect((await act(actionOnA, "10.0.2.1", seller)).data).toBe("done");
    expect((await act(actionOnB, "10.0.2.2", seller)).data).toBe("done");
    const refused = await act(actionOnA, "10.0.2.3", seller);
    expect(refused.data).toBeUndefined();
    const error = refused.serverError as ActionError;
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.meta?.retryAfterSeconds).toBeGreaterThan(500);
    expect(error.meta?.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect((await act(actionOnB, "10.0.2.1", support)).data).toBe("done");
  });

  it("counts an anonymous caller by address", async () => {
    expect((await act(anonymousAction, "10.0.3.1")).data).toBe("done");
    expect(((await act(anonymousAction, "10.0.3.1")).serverError as ActionError).code).toBe("RATE_LIMITED");
    expect((await act(anonymousAction, "10.0.3.2")).data).toBe("done");
  });
});

describe("the public doors' own limits", () => {
  it("the form analytics route takes 120 batches a minute from one address, then 429 with Retry-After", async () => {
    const { POST } = await import("@/app/api/forms/events/route");
    const send = (ip: string) =>
      POST(
        new NextRequest("http://localhost/api/forms/events", {
          method: "POST",
          headers: { "x-forwarded-for": ip, "content-type": "application/json" },
          body: "{}",
        }),
        { params: Promise.resolve({}) },
      );
    for (let i = 0; i < 120; i++) expect((await send("10.0.4.1")).status).toBe(422);
    const refused = await send("10.0.4.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await send("10.0.4.2")).status).toBe(422);
  });

  it("registration takes 20 attempts an hour from one address, whatever they hold", async () => {
    const { registerAction } = await import("@/lib/auth/actions");
    const attempt = () => act(() => registerAction({ name: "", email: "not-an-email", password: "x" }), "10.0.5.1");
    for (let i = 0; i < 20; i++) expect((await attempt()).validationErrors).toBeDefined();
    expect(((await attempt()).serverError as ActionError).code).toBe("RATE_LIMITED");
  });
});
