import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";

// The proxy as Auth.js runs it: the session is read first and handed over as `request.auth`.
vi.mock("@/lib/auth", () => ({ auth: (handler: unknown) => handler }));
const { default: proxy } = (await import("./proxy")) as unknown as {
  default: (request: NextRequest & { auth: unknown }) => Response;
};

function visit(path: string, role: Role | null, headers: HeadersInit = {}) {
  const request = Object.assign(new NextRequest(`http://localhost${path}`, { headers }), { auth: role ? { user: { role } } : null });
  return proxy(request);
}

describe("proxy", () => {
  it("sends an anonymous visitor to login with the page's path and query, encoded", () => {
    const response = visit("/notifications?unread=1&page=2", null);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).search).toBe("?callbackUrl=%2Fnotifications%3Funread%3D1%26page%3D2");
  });

  it("hands a page its own path and query, whatever the client sent in that header", () => {
    const response = visit("/crm/leads?stage=NEW", "SELLER", { "x-request-path": "//evil.test" });
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-request-path")).toBe("/crm/leads?stage=NEW");
  });
});
