import { describe, expect, it } from "vitest";
import { timeTicks } from "./time-ticks";

const hour = 3_600_000;

describe("timeTicks", () => {
  it("labels a day every 3 hours, on round hours", () => {
    const to = Date.UTC(2026, 11, 7, 20, 41);
    const ticks = timeTicks(to - 24 * hour, to);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.length).toBeGreaterThanOrEqual(7);
    expect(ticks.every((at) => at % (3 * hour) === 0)).toBe(true);
    // 21:00 is too near the start (20:41) for its label to fit.
    expect(ticks[0]).toBe(Date.UTC(2026, 11, 7, 0));
  });

  it("keeps labels away from the ends", () => {
    const from = Date.UTC(2026, 0, 1, 0, 0);
    const ticks = timeTicks(from, from + 24 * hour);
    expect(ticks[0]).toBe(from + 3 * hour);
    expect(ticks.at(-1)).toBe(from + 21 * hour);
  });

  it("labels an hour every 10 minutes, and a month by days", () => {
    const from = Date.UTC(2026, 0, 1, 0, 0);
    expect(timeTicks(from, from + hour).map((at) => (at - from) / 60_000)).toEqual([10, 20, 30, 40, 50]);
    expect(timeTicks(from, from + 30 * 24 * hour).every((at) => at % (24 * hour) === 0)).toBe(true);
    expect(timeTicks(from, from + 30 * 24 * hour).length).toBeLessThanOrEqual(8);
  });

  it("has nothing to label on an empty or reversed span", () => {
    expect(timeTicks(5, 5)).toEqual([]);
    expect(timeTicks(10, 5)).toEqual([]);
    expect(timeTicks(0, Number.NaN)).toEqual([]);
  });
});
