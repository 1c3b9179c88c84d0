import { describe, expect, it } from "vitest";
import { conversionQuery, periodQuery, resolveRange } from "./schemas";

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]);

describe("analytics query schemas", () => {
  it("accepts days, empty values and defaults", () => {
    expect(periodQuery.parse({ from: "2026-01-01", to: "2026-01-31" })).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(periodQuery.parse({ from: "", to: "" })).toEqual({});
    expect(conversionQuery.parse({})).toEqual({ by: "source", period: "month" });
  });

  it("refuses malformed and impossible days, a reversed or too long range, an unknown grouping", () => {
    expect(issues(periodQuery.safeParse({ from: "01/02/2026" }))).toEqual([["from", "invalidDate"]]);
    expect(issues(periodQuery.safeParse({ to: "2026-02-30" }))).toEqual([["to", "invalidDate"]]);
    expect(issues(conversionQuery.safeParse({ from: "2026-02-30", to: "2026-01-01" }))).toEqual([["from", "invalidDate"]]);
    expect(issues(periodQuery.safeParse({ from: "2026-03-02", to: "2026-03-01" }))).toEqual([["from", "fromAfterTo"]]);
    expect(issues(periodQuery.safeParse({ from: "2024-01-01", to: "2026-01-02" }))).toEqual([["to", "rangeTooLong"]]);
    expect(periodQuery.safeParse({ from: "2024-01-02", to: "2026-01-01" }).success).toBe(true);
    expect(issues(conversionQuery.safeParse({ by: "planet" }))?.map(([path]) => path)).toEqual(["by"]);
    expect(issues(conversionQuery.safeParse({ from: "2026-03-02", to: "2026-03-01" }))).toEqual([["from", "fromAfterTo"]]);
  });
});

describe("resolveRange", () => {
  const now = new Date("2026-03-18T12:00:00Z");

  it("defaults to the last 30 days, today included, against the 30 days before", () => {
    const range = resolveRange({}, now);
    expect([range.from, range.to, range.days]).toEqual(["2026-02-17", "2026-03-18", 30]);
    expect(range.end.toISOString()).toBe("2026-03-19T00:00:00.000Z");
    expect(range.previousStart.toISOString()).toBe("2026-01-18T00:00:00.000Z");
    expect(range.previousEnd).toEqual(range.start);
  });

  it("fills a missing end", () => {
    expect(resolveRange({ from: "2026-03-01" }, now)).toMatchObject({ from: "2026-03-01", to: "2026-03-18", days: 18 });
    expect(resolveRange({ to: "2026-01-31" }, now)).toMatchObject({ from: "2026-01-02", to: "2026-01-31", days: 30 });
  });
});
