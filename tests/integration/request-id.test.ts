import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import * as ready from "@/app/api/health/ready/route";
import * as plan from "@/app/api/hosting/plans/[id]/route";
import * as plans from "@/app/api/hosting/plans/route";
import { env } from "@/lib/env";
import { requestFields } from "@/lib/logger";

const get = (handler: typeof ready.GET, url: string, headers: Record<string, string> = {}, params: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });

describe("request ids", () => {
  it("answers with the id the proxy in front gave, or a new one", async () => {
    const given = await get(plans.GET, "/api/hosting/plans", { "x-request-id": "edge-1234" });
    expect(given.headers.get("x-request-id")).toBe("edge-1234");
    const fresh = await get(plans.GET, "/api/hosting/plans");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // A refusal carries it too: it is what a customer quotes to support.
    const refused = await get(plan.GET, "/api/hosting/plans/none", { "x-request-id": "edge-5678" }, { id: "none" });
    expect(refused.status, await refused.clone().text()).toBe(404);
    expect(refused.headers.get("x-request-id")).toBe("edge-5678");
  });

  it("sends HSTS on API answers only when a trusted proxy says the client came over HTTPS", async () => {
    const claimed = await get(plans.GET, "/api/hosting/plans", { "x-forwarded-proto": "https" });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
    env.trustedProxyHops = 1;
    try {
      const vouched = await get(plans.GET, "/api/hosting/plans", { "x-forwarded-proto": "https" });
      expect(vouched.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      const refused = await get(plan.GET, "/api/hosting/plans/none", { "x-forwarded-proto": "https" }, { id: "none" });
      expect(refused.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    } finally {
      env.trustedProxyHops = 0;
    }
  });

  it("puts the id on every log line written while the request is served", async () => {
    expect(requestFields()).toEqual({});
    let during: ReturnType<typeof requestFields> = {};
    const { withRequestId } = await import("@/lib/request-id");
    await withRequestId("edge-9", async () => {
      await Promise.resolve();
      during = requestFields();
    });
    expect(during).toEqual({ requestId: "edge-9" });
  });
});
