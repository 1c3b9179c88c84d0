import { describe, expect, it } from "vitest";
import { endOfDayIn, startOfDayIn } from "./period";

describe("days in a time zone", () => {
  it("starts a day at the zone's midnight", () => {
    expect(startOfDayIn("2026-03-10", "UTC").toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(startOfDayIn("2026-01-15", "Europe/Paris").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "Europe/Paris").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "America/Toronto").toISOString()).toBe("2026-07-15T04:00:00.000Z");
  });
  it("ends a day where the next one starts, also across a clock change", () => {
    expect(endOfDayIn("2026-01-15", "Europe/Paris").toISOString()).toBe("2026-01-15T23:00:00.000Z");
    // Paris moves to summer time on 29 March 2026: that day lasts 23 hours.
    const start = startOfDayIn("2026-03-29", "Europe/Paris");
    const end = endOfDayIn("2026-03-29", "Europe/Paris");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(endOfDayIn("2026-12-31", "UTC").toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
