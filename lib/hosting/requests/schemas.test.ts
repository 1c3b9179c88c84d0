import { describe, expect, it } from "vitest";
import { domainNamePattern, hostingRequestSchema } from "./schemas";

const valid = {
  planSlug: "pro",
  contactName: "Camille Martin",
  contactEmail: "Camille@Example.FR",
  contactPhone: "+33 6 12 34 56 78",
  companyName: "",
  cpuCores: "4",
  ramGb: 8,
  storageGb: 120,
  domainOption: "REGISTER",
  domainName: "Atelier-Martin.fr",
  ssl: true,
  backup: false,
  cdn: false,
  billingCycle: "YEARLY",
  idempotencyKey: "4f9c1d0e-3b7a-4d61-9d1e-0a7f3c2b5e11",
};

describe("hostingRequestSchema", () => {
  it("normalises a valid request", () => {
    const parsed = hostingRequestSchema.parse(valid);
    expect(parsed).toMatchObject({
      contactEmail: "camille@example.fr",
      domainName: "atelier-martin.fr",
      cpuCores: 4,
      companyName: undefined,
    });
  });

  it("puts each error on its field, as a message key", () => {
    const result = hostingRequestSchema.safeParse({ ...valid, domainName: "not a domain", contactPhone: "abc", cpuCores: 2.5 });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({ domainName: "domainInvalid", contactPhone: "phoneInvalid", cpuCores: "wholeNumber" });
  });
});

describe("domainNamePattern", () => {
  it.each(["example.fr", "shop.atelier-martin.fr", "xn--caf-dma.com", "a1.io"])("accepts %s", (name) => {
    expect(domainNamePattern.test(name)).toBe(true);
  });
  it.each(["example", "-bad.fr", "bad-.fr", "exa mple.fr", "example.f", "a..fr", "example.123"])("refuses %s", (name) => {
    expect(domainNamePattern.test(name)).toBe(false);
  });
});
