import { describe, expect, it } from "vitest";
import { breaks, decide, formatValue } from "./evaluate";
import { alertRuleSchema } from "./schemas";

describe("breaks", () => {
  it("compares the value with the threshold as the rule says", () => {
    expect(breaks(6, "GT", 5)).toBe(true);
    expect(breaks(5, "GT", 5)).toBe(false);
    expect(breaks(5, "GTE", 5)).toBe(true);
    expect(breaks(4, "LT", 5)).toBe(true);
    expect(breaks(5, "LT", 5)).toBe(false);
    expect(breaks(5, "LTE", 5)).toBe(true);
  });
});

describe("decide", () => {
  it("fires once, keeps while the condition holds, resolves when it clears", () => {
    expect(decide(true, null)).toBe("fire");
    expect(decide(true, { status: "FIRING" })).toBe("keep");
    expect(decide(true, { status: "ACKNOWLEDGED" })).toBe("keep");
    expect(decide(false, { status: "FIRING" })).toBe("resolve");
    expect(decide(false, { status: "ACKNOWLEDGED" })).toBe("resolve");
    expect(decide(false, null)).toBe("none");
  });
});

describe("formatValue", () => {
  it("keeps integers and rounds the rest to two decimals", () => {
    expect(formatValue(3)).toBe("3");
    expect(formatValue(812.3456)).toBe("812.35");
  });
});

describe("alertRuleSchema", () => {
  const rule = { name: "Erreurs", metric: "ERROR_RATE", comparator: "GT", threshold: 5, windowMinutes: 5 };
  it("accepts a rule and fills the defaults", () => {
    expect(alertRuleSchema.parse(rule)).toMatchObject({ severity: "WARNING", enabled: true, serviceCheckId: null });
  });
  it("keeps a percentage within 0–100 and a monitor for monitor rules only", () => {
    expect(alertRuleSchema.safeParse({ ...rule, threshold: 120 }).error?.issues[0]).toMatchObject({
      path: ["threshold"],
      message: "percentRange",
    });
    expect(alertRuleSchema.safeParse({ ...rule, serviceCheckId: "check_1" }).error?.issues[0]).toMatchObject({ path: ["serviceCheckId"] });
    expect(alertRuleSchema.safeParse({ ...rule, metric: "MONITOR_DOWN", threshold: 0, serviceCheckId: "check_1" }).success).toBe(true);
    expect(alertRuleSchema.safeParse({ ...rule, windowMinutes: 0 }).success).toBe(false);
  });
});
