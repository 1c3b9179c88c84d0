import { describe, expect, it } from "vitest";
import { dayBounds } from "./time";

describe("dayBounds", () => {
  it("gives the Paris day around an instant, in winter and in summer", () => {
    expect(dayBounds(new Date("2026-03-18T12:00:00Z"))).toEqual({
      start: new Date("2026-03-17T23:00:00Z"),
      end: new Date("2026-03-18T23:00:00Z"),
    });
    expect(dayBounds(new Date("2026-07-01T22:30:00Z"))).toEqual({
      start: new Date("2026-07-01T22:00:00Z"),
      end: new Date("2026-07-02T22:00:00Z"),
    });
  });

  it("handles the days the clocks change (23 and 25 hours long)", () => {
    expect(dayBounds(new Date("2026-03-29T12:00:00Z"))).toEqual({
      start: new Date("2026-03-28T23:00:00Z"),
      end: new Date("2026-03-29T22:00:00Z"),
    });
    expect(dayBounds(new Date("2026-10-25T12:00:00Z"))).toEqual({
      start: new Date("2026-10-24T22:00:00Z"),
      end: new Date("2026-10-25T23:00:00Z"),
    });
  });

  it("works in other zones", () => {
    expect(dayBounds(new Date("2026-03-18T03:00:00Z"), "America/New_York")).toEqual({
      start: new Date("2026-03-17T04:00:00Z"),
      end: new Date("2026-03-18T04:00:00Z"),
    });
  });
});
