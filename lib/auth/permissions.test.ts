import { describe, expect, it } from "vitest";
import { mainNav, sidebarFor } from "../navigation";
import { can, homeOf, permissionsOf, routeAccess, safeCallbackUrl, scopeOf } from "./permissions";
import { roles } from "./roles";

describe("role matrix", () => {
  it("lets only admins edit plans and delete leads", () => {
    for (const role of roles) {
      expect(can(role, "plans:write")).toBe(role === "ADMIN");
      expect(can(role, "leads:delete")).toBe(role === "ADMIN");
      expect(can(role, "audit:read")).toBe(role === "ADMIN");
    }
  });
  it("scopes customers to their own requests and tickets", () => {
    expect(scopeOf("CUSTOMER", "requests:read")).toBe("own");
    expect(scopeOf("CUSTOMER", "tickets:read")).toBe("own");
    expect(scopeOf("SELLER", "requests:read")).toBe("all");
  });
  it("gives support read access to the CRM but no writes", () => {
    expect(can("SUPPORT", "crm:read")).toBe(true);
    expect(can("SUPPORT", "crm:write")).toBe(false);
    expect(can("SUPPORT", "livepulse:acknowledge")).toBe(true);
    expect(can("SELLER", "livepulse:acknowledge")).toBe(false);
    expect(can("SUPPORT", "alerts:raise")).toBe(true);
    expect(can("SELLER", "alerts:raise")).toBe(false);
  });
  it("treats an anonymous visitor as having no permission", () => {
    expect(can(null, "plans:read")).toBe(false);
  });
});

describe("routeAccess", () => {
  it("leaves public pages open", () => {
    expect(routeAccess("/pricing", null)).toBe("public");
    expect(routeAccess("/login", null)).toBe("public");
    expect(routeAccess("/", null)).toBe("public");
  });
  it("sends anonymous visitors of protected areas to sign in", () => {
    for (const path of ["/hosting", "/crm", "/crm/tickets/1", "/livepulse", "/admin/plans"]) {
      expect(routeAccess(path, null)).toBe("sign-in");
    }
  });
  it("keeps customers out of the CRM, LivePulse and the admin", () => {
    expect(routeAccess("/crm", "CUSTOMER")).toBe("forbidden");
    expect(routeAccess("/livepulse", "CUSTOMER")).toBe("forbidden");
    expect(routeAccess("/admin/plans", "CUSTOMER")).toBe("forbidden");
    expect(routeAccess("/hosting", "CUSTOMER")).toBe("allowed");
  });
  it("does not confuse a prefix with a longer word", () => {
    expect(routeAccess("/crmx", "CUSTOMER")).toBe("public");
  });
  it("opens the admin to admins only", () => {
    expect(routeAccess("/admin/plans", "SELLER")).toBe("forbidden");
    expect(routeAccess("/admin/plans", "ADMIN")).toBe("allowed");
    expect(routeAccess("/admin/audit", "SUPPORT")).toBe("forbidden");
    expect(routeAccess("/admin/audit", "ADMIN")).toBe("allowed");
  });
  it("opens the account page to every role, and sends anonymous visitors to sign in", () => {
    for (const role of roles) {
      expect(routeAccess("/account", role)).toBe("allowed");
      expect(scopeOf(role, "account:manage")).toBe("own");
    }
    expect(routeAccess("/account", null)).toBe("sign-in");
  });

  it("opens the notifications page to every role, and sends anonymous visitors to sign in", () => {
    for (const role of roles) {
      expect(routeAccess("/notifications", role)).toBe("allowed");
      expect(scopeOf(role, "notifications:access")).toBe("own");
    }
    expect(routeAccess("/notifications", null)).toBe("sign-in");
  });
  it("every role's home is a page it may open", () => {
    for (const role of roles) expect(routeAccess(homeOf[role], role)).toBe("allowed");
  });
});

describe("safeCallbackUrl", () => {
  it("follows a local path the role may open", () => {
    expect(safeCallbackUrl("/hosting?tab=tickets", "CUSTOMER")).toBe("/hosting?tab=tickets");
  });
  it("refuses other sites, forbidden pages and the login page", () => {
    expect(safeCallbackUrl("https://evil.example", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("//evil.example", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("/crm", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("/login", "SELLER")).toBe("/crm");
  });
  it("refuses paths a browser reads as another host, and forbidden pages reached through dot segments", () => {
    expect(safeCallbackUrl("//evil.test", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("https://evil.test", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("/\\evil.test", "CUSTOMER")).toBe("/hosting");
    expect(safeCallbackUrl("/\t/evil.test", "SELLER")).toBe("/crm");
    expect(safeCallbackUrl("/hosting/../crm", "CUSTOMER")).toBe("/hosting");
  });
});

describe("navigation", () => {
  it("shows customers only the portal", () => {
    expect(mainNav("CUSTOMER").map((i) => i.href)).toEqual(["/hosting"]);
  });
  it("sends support to the tickets part of the CRM, with the sales pages to read", () => {
    expect(mainNav("SUPPORT").map((i) => i.href)).toEqual(["/hosting", "/crm/tickets", "/livepulse"]);
    expect(sidebarFor("crm", "SUPPORT").flatMap((s) => s.items.map((i) => i.href))).toEqual([
      "/crm/leads",
      "/crm/pipeline",
      "/crm/customers",
      "/crm/requests",
      "/crm/tickets",
    ]);
    expect(sidebarFor("crm", "SUPPORT").map((s) => s.title)).toEqual(["support"]);
    expect(sidebarFor("crm", "SELLER").map((s) => s.title)).toEqual(["crm"]);
  });
  it("gives admins every area", () => {
    expect(mainNav("ADMIN").map((i) => i.href)).toEqual(["/hosting", "/crm", "/livepulse", "/admin/plans"]);
  });
});

describe("an API token's scopes", () => {
  it("narrow the role: a permission holds when the role has it and the token names it", () => {
    const token = { role: "ADMIN" as const, scopes: ["plans:read", "tickets:read"] as const };
    expect(can(token, "plans:read")).toBe(true);
    expect(can(token, "plans:write")).toBe(false);
    expect(scopeOf(token, "tickets:read")).toBe("all");
    expect(scopeOf({ role: "CUSTOMER", scopes: ["tickets:read"] }, "tickets:read")).toBe("own");
  });

  it("never widen it", () => {
    expect(can({ role: "CUSTOMER", scopes: ["users:manage"] }, "users:manage")).toBe(false);
  });

  it("leave a session's actor as its role says", () => {
    expect(can({ role: "ADMIN" }, "plans:write")).toBe(true);
  });

  it("are offered among the role's permissions only; every role manages its own account, only admins everyone's tokens", () => {
    for (const role of roles) {
      expect(permissionsOf(role)).toContain("account:manage");
      expect(permissionsOf(role).includes("tokens:manage")).toBe(role === "ADMIN");
      expect(routeAccess("/account/tokens", role)).toBe("allowed");
      expect(routeAccess("/admin/tokens", role)).toBe(role === "ADMIN" ? "allowed" : "forbidden");
    }
    expect(permissionsOf("CUSTOMER")).not.toContain("crm:read");
  });
});
