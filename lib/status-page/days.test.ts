import { describe, expect, it } from "vitest";
import { dayKeys, firstDay, touchesDay } from "./days";

describe("the status page's days", () => {
  const now = new Date("2026-03-01T00:30:00Z");

  it("are the 90 UTC days ending today, oldest first, across month ends", () => {
    const days = dayKeys(now);
    expect(days).toHaveLength(90);
    expect(days.at(-1)).toBe("2026-03-01");
    expect(days.at(-2)).toBe("2026-02-28");
    expect(days[0]).toBe("2025-12-02");
    expect(firstDay(now).toISOString()).toBe("2025-12-02T00:00:00.000Z");
    expect(new Set(days).size).toBe(90);
  });

  it("tell which days an incident touched, an open one up to now", () => {
    const start = "2026-02-27T23:00:00.000Z";
    expect(touchesDay("2026-02-26", start, "2026-02-28T01:00:00.000Z", now)).toBe(false);
    expect(touchesDay("2026-02-27", start, "2026-02-28T01:00:00.000Z", now)).toBe(true);
    expect(touchesDay("2026-02-28", start, "2026-02-28T01:00:00.000Z", now)).toBe(true);
    expect(touchesDay("2026-03-01", start, "2026-02-28T01:00:00.000Z", now)).toBe(false);
    expect(touchesDay("2026-03-01", start, null, now)).toBe(true);
  });
});
