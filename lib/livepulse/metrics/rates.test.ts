import { describe, expect, it } from "vitest";
import { bucketIndex, emptyBuckets } from "./histogram";
import { errorRate, minuteStart, p95, perHour, perMinute, sumTotals, windowStart } from "./rates";

describe("rates", () => {
  it("averages over the window and scales to an hour", () => {
    expect(perMinute(30, 5)).toBe(6);
    expect(perMinute(1, 3)).toBe(0.33);
    expect(perHour(3, 15)).toBe(12);
    expect(perHour(5, 0)).toBe(0);
  });

  it("gives the error rate in percent, 0 without requests", () => {
    expect(errorRate({ count: 5, errors: 1 })).toBe(20);
    expect(errorRate({ count: 0, errors: 0 })).toBe(0);
  });

  it("sums minutes of several instances, p95 included", () => {
    const slow = emptyBuckets();
    slow[bucketIndex(2000)] = 10;
    const fast = emptyBuckets();
    fast[bucketIndex(4)] = 90;
    const totals = sumTotals([
      { count: 10, errors: 2, durationMs: 20_000, buckets: slow },
      { count: 90, errors: 0, durationMs: 360, buckets: fast },
    ]);
    expect(totals).toMatchObject({ count: 100, errors: 2, durationMs: 20_360 });
    expect(errorRate(totals)).toBe(2);
    expect(p95(totals)).toBeGreaterThan(1500);
  });

  it("windows end with the current minute", () => {
    const now = new Date("2026-12-01T10:07:42.500Z");
    expect(minuteStart(now).toISOString()).toBe("2026-12-01T10:07:00.000Z");
    expect(windowStart(now, 1).toISOString()).toBe("2026-12-01T10:07:00.000Z");
    expect(windowStart(now, 5).toISOString()).toBe("2026-12-01T10:03:00.000Z");
  });
});
