import { describe, expect, it } from "vitest";
import { formAnalyticsQuery, wholeDays } from "./period";

describe("formAnalyticsQuery", () => {
  it("takes a custom period of days, the end day included", () => {
    const query = formAnalyticsQuery.parse({ from: "2026-03-01", to: "2026-03-07" });
    expect(query.from?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(query.to?.toISOString()).toBe("2026-03-08T00:00:00.000Z");
  });

  it("refuses a malformed boundary beside a good one with its field, rather than throwing", () => {
    for (const [from, to, field] of [
      ["2026-01-01", "x", "to"],
      ["x", "2026-01-01", "from"],
      ["0000-01-01", "0", "from"],
    ]) {
      const result = formAnalyticsQuery.safeParse({ from, to });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
    }
  });

  it("refuses a period that ends before it starts or lasts more than 90 days", () => {
    expect(formAnalyticsQuery.safeParse({ from: "2026-03-07", to: "2026-03-01" }).error?.issues[0].message).toBe("periodOrder");
    expect(formAnalyticsQuery.safeParse({ from: "2026-01-01", to: "2026-06-01" }).error?.issues[0].message).toBe("periodTooLong");
  });
});

describe("wholeDays", () => {
  const at = (iso: string) => new Date(iso);
  const days = (from: string, to: string, now: string) => {
    const whole = wholeDays(at(from), at(to), at(now));
    return [whole.from.toISOString(), whole.to.toISOString()];
  };

  it("takes the days that begin and end within the period, its bounds included when at midnight", () => {
    expect(days("2026-03-01T05:00:00Z", "2026-03-05T20:00:00Z", "2026-04-01T00:00:00Z")).toEqual([
      "2026-03-02T00:00:00.000Z",
      "2026-03-05T00:00:00.000Z",
    ]);
    expect(days("2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2026-03-05T00:00:00.000Z",
    ]);
  });

  it("leaves out the current day, and the day before during the first hour of today", () => {
    expect(days("2026-03-01T05:00:00Z", "2026-03-05T20:00:00Z", "2026-03-05T20:00:00Z")[1]).toBe("2026-03-05T00:00:00.000Z");
    expect(days("2026-03-01T05:00:00Z", "2026-03-05T00:30:00Z", "2026-03-05T00:30:00Z")[1]).toBe("2026-03-04T00:00:00.000Z");
  });

  it("has none in a period shorter than a whole day, both bounds then at its end", () => {
    for (const [from, to] of [
      ["2026-03-01T05:00:00Z", "2026-03-01T20:00:00Z"],
      ["2026-03-01T05:00:00Z", "2026-03-02T04:00:00Z"],
      ["2026-03-01T00:00:00Z", "2026-03-01T23:59:59Z"],
    ])
      expect(days(from, to, "2026-04-01T00:00:00Z")).toEqual([at(to).toISOString(), at(to).toISOString()]);
    expect(days("2026-03-01T05:00:00Z", "2026-03-03T20:00:00Z", "2026-03-02T00:30:00Z")).toEqual([
      "2026-03-03T20:00:00.000Z",
      "2026-03-03T20:00:00.000Z",
    ]);
  });
});
