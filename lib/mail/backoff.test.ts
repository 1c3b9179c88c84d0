import { describe, expect, it } from "vitest";
import { describeFailure, maxAttempts, retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds and stops at one hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(40)).toBe(3_600_000);
  });

  it("gives up after hours, not days", () => {
    const total = Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(3_600_000);
    expect(total).toBeLessThan(4 * 3_600_000);
  });
});

describe("describeFailure", () => {
  it("keeps one bounded line", () => {
    expect(describeFailure(new Error("550 5.1.1\n  mailbox unavailable"))).toBe("550 5.1.1 mailbox unavailable");
    expect(describeFailure("x".repeat(900))).toHaveLength(500);
    expect(describeFailure(new Error(""))).toBe("Unknown error");
  });
});
