import { describe, expect, it } from "vitest";
import { callbackParam, loginUrl, registerUrl, sameSitePath } from "./callback-url";

describe("loginUrl", () => {
  it("brings the visitor back to the page, with its query, encoded", () => {
    expect(loginUrl("/crm/leads")).toBe("/login?callbackUrl=%2Fcrm%2Fleads");
    const url = loginUrl("/notifications?unread=1&page=2");
    expect(url).toBe("/login?callbackUrl=%2Fnotifications%3Funread%3D1%26page%3D2");
    expect(new URLSearchParams(url.split("?")[1]).get("callbackUrl")).toBe("/notifications?unread=1&page=2");
  });

  it("keeps characters that would end the parameter inside it", () => {
    const url = loginUrl("/crm/customers/a b&x=1#top");
    expect(new URL(url, "http://localhost").searchParams.get("callbackUrl")).toBe("/crm/customers/a%20b&x=1#top");
    expect(url).not.toContain("#");
  });

  it("sends to the bare login page when there is no path or it leads off-site", () => {
    for (const path of [null, undefined, "", "crm", "//evil.test", "https://evil.test/crm", "/\\evil.test", "/\t/evil.test"]) {
      expect(loginUrl(path)).toBe("/login");
    }
  });
});

describe("the sign-in pages' callbackUrl", () => {
  it("is carried on between login and registration only when it is a path of this site", () => {
    expect(callbackParam("/hosting/request?plan=pro")).toBe("/hosting/request?plan=pro");
    expect(registerUrl(callbackParam("/hosting/request?plan=pro"))).toBe("/register?callbackUrl=%2Fhosting%2Frequest%3Fplan%3Dpro");
    for (const value of ["//evil.test", "https://evil.test", "/\\evil", ["/crm", "/hosting"], undefined]) {
      expect(callbackParam(value)).toBeUndefined();
    }
    expect(registerUrl(callbackParam("//evil.test"))).toBe("/register");
  });
});

describe("sameSitePath", () => {
  it("accepts a path of this site with its query and hash", () => {
    expect(sameSitePath("/hosting/request?plan=pro&cpu=2")).toBe("/hosting/request?plan=pro&cpu=2");
    expect(sameSitePath("/crm/tickets/1#reply")).toBe("/crm/tickets/1#reply");
  });

  it("refuses anything a browser would follow to another site", () => {
    for (const value of [
      "//evil.test",
      "///evil.test",
      "https://evil.test",
      "javascript:alert(1)",
      "/\\evil.test",
      "/\\/evil.test",
      "/\t/evil.test",
      "/\n/evil.test",
    ]) {
      expect(sameSitePath(value)).toBeNull();
    }
  });

  it("resolves dot segments, so the path checked is the path opened", () => {
    expect(sameSitePath("/hosting/../crm")).toBe("/crm");
  });
});
