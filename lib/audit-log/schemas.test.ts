import { describe, expect, it } from "vitest";
import { auditFilters, auditListQuery } from "./schemas";

const issues = (input: Record<string, string>) => {
  const result = auditListQuery.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("audit list query", () => {
  it("takes no filter, or empty boxes, as the whole log", () => {
    expect(auditListQuery.parse({})).toEqual({ pageSize: 50 });
    expect(auditListQuery.parse({ entity: "", actor: "", from: "", older: "" })).toEqual({ pageSize: 50 });
  });

  it("keeps valid filters", () => {
    const query = auditListQuery.parse({
      actor: "system",
      entity: "HostingPlan",
      entityId: "cm1abc",
      action: "plan.update",
      from: "2026-01-01",
      to: "2026-01-31",
      tz: "Europe/Paris",
      older: "1767225600000.cm1abc",
      pageSize: "25",
    });
    expect(query).toMatchObject({ entity: "HostingPlan", action: "plan.update", pageSize: 25, older: "1767225600000.cm1abc" });
  });

  it("names each bad filter with its reason", () => {
    expect(issues({ entity: "Invoice" })).toEqual({ entity: "invalidEntity" });
    expect(issues({ action: "plan.explode" })).toEqual({ action: "invalidAction" });
    expect(issues({ entity: "CRMLead", action: "plan.update" })).toEqual({ action: "actionNotOfEntity" });
    expect(issues({ from: "2026-02-30" })).toEqual({ from: "invalidDate" });
    expect(issues({ from: "2026-03-02", to: "2026-03-01" })).toEqual({ to: "periodReversed" });
    expect(issues({ entityId: "a b" })).toEqual({ entityId: "invalidId" });
    expect(issues({ tz: "Mars/Olympus" })).toEqual({ tz: "invalidTimeZone" });
    expect(issues({ older: "yesterday" })).toEqual({ older: "invalidCursor" });
    expect(issues({ older: "1.a", newer: "2.b" })).toEqual({ newer: "oneCursor" });
    expect(Object.keys(issues({ pageSize: "1000" }))).toEqual(["pageSize"]);
  });

  it("shares its filters with the export", () => {
    expect(auditFilters.safeParse({ entity: "CRMLead", action: "plan.update" }).success).toBe(false);
    expect(auditFilters.parse({ entity: "CRMLead", action: "lead.update" })).toEqual({ entity: "CRMLead", action: "lead.update" });
  });
});
