import { describe, expect, it } from "vitest";
import { formAnalyticsQuery } from "./period";

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
