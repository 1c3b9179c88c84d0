import { describe, expect, it } from "vitest";
import { attemptsFor, deliveryRetryDelayMs, maxDeliveryAttempts } from "./backoff";

describe("alert delivery backoff", () => {
  it("doubles from 15 seconds and stops at 30 minutes", () => {
    expect([1, 2, 3, 4].map(deliveryRetryDelayMs)).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(deliveryRetryDelayMs(8)).toBe(1_800_000);
    expect(deliveryRetryDelayMs(50)).toBe(1_800_000);
  });

  it("gives an alert about an hour of retries, and a test one try", () => {
    const total = Array.from({ length: maxDeliveryAttempts - 1 }, (_, i) => deliveryRetryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(30 * 60_000);
    expect(total).toBeLessThan(2 * 3_600_000);
    expect(attemptsFor("FIRED")).toBe(maxDeliveryAttempts);
    expect(attemptsFor("TEST")).toBe(1);
  });
});
