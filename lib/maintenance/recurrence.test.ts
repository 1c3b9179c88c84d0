import { describe, expect, it } from "vitest";
import { localInput, occurrenceAt, occurrencesBetween, parseWhen, phaseOf, zonedInstant, type WindowRule } from "./recurrence";

const paris = "Europe/Paris";
const iso = (occurrences: Array<{ start: Date; end: Date }>) => occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()]);
const rule = (over: Partial<WindowRule>): WindowRule => ({
  startsAt: new Date("2026-03-01T01:00:00Z"),
  endsAt: new Date("2026-03-01T03:00:00Z"),
  recurrence: "NONE",
  repeatUntil: null,
  cancelledAt: null,
  ...over,
});

describe("wall-clock times of a zone", () => {
  it("name instants, moving a skipped time past the gap and taking the first of a repeated one", () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 15, hour: 2, minute: 0 }, paris).toISOString()).toBe("2026-01-15T01:00:00.000Z");
    expect(zonedInstant({ year: 2026, month: 7, day: 15, hour: 2, minute: 0 }, paris).toISOString()).toBe("2026-07-15T00:00:00.000Z");
    // 29 March 2026: 02:00 → 03:00 in Paris; 02:30 does not exist and becomes 03:30 (01:30 UTC).
    expect(zonedInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, paris).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 → 02:00; 02:30 happens twice, the first (summer time) is meant.
    expect(zonedInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, paris).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("are read from forms in the zone, or as ISO with an offset, and shown back", () => {
    expect(parseWhen("2026-06-01T22:00", paris)?.toISOString()).toBe("2026-06-01T20:00:00.000Z");
    expect(parseWhen("2026-06-01T22:00:00Z", paris)?.toISOString()).toBe("2026-06-01T22:00:00.000Z");
    expect(parseWhen("2026-06-01T22:00+02:00", paris)?.toISOString()).toBe("2026-06-01T20:00:00.000Z");
    for (const bad of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-06-01T24:00", "2026-06-01", "soon", "2026-06-01T22:00:00"]) {
      expect(parseWhen(bad, paris)).toBeNull();
    }
    expect(localInput(new Date("2026-06-01T20:00:00Z"), paris)).toBe("2026-06-01T22:00");
  });
});

describe("a window's occurrences", () => {
  it("are one for a one-off window, when it overlaps the period", () => {
    const once = rule({});
    expect(iso(occurrencesBetween(once, new Date("2026-03-01T00:00:00Z"), new Date("2026-03-02T00:00:00Z"), paris))).toEqual([
      ["2026-03-01T01:00:00.000Z", "2026-03-01T03:00:00.000Z"],
    ]);
    expect(occurrencesBetween(once, new Date("2026-03-01T03:00:00Z"), new Date("2026-03-02T00:00:00Z"), paris)).toEqual([]);
    expect(occurrenceAt(once, new Date("2026-03-01T02:59:59Z"), paris)).not.toBeNull();
    expect(occurrenceAt(once, new Date("2026-03-01T03:00:00Z"), paris)).toBeNull();
  });

  it("keep their wall-clock time across the spring DST change in Paris (daily at 02:30 for an hour)", () => {
    // 02:30 Paris = 01:30 UTC in winter, 00:30 UTC in summer; on the 29th 02:30 is skipped: 03:30 CEST.
    const daily = rule({ startsAt: new Date("2026-03-27T01:30:00Z"), endsAt: new Date("2026-03-27T02:30:00Z"), recurrence: "DAILY" });
    const found = occurrencesBetween(daily, new Date("2026-03-27T00:00:00Z"), new Date("2026-03-31T00:00:00Z"), paris);
    expect(found.map((o) => o.start.toISOString())).toEqual([
      "2026-03-27T01:30:00.000Z",
      "2026-03-28T01:30:00.000Z",
      "2026-03-29T01:30:00.000Z",
      "2026-03-30T00:30:00.000Z",
    ]);
    expect(found.every((o) => o.end.getTime() - o.start.getTime() === 3_600_000)).toBe(true);
  });

  it("keep their wall-clock time across the autumn DST change (weekly on Sunday at 22:00)", () => {
    const weekly = rule({ startsAt: new Date("2026-10-18T20:00:00Z"), endsAt: new Date("2026-10-18T22:00:00Z"), recurrence: "WEEKLY" });
    const found = occurrencesBetween(weekly, new Date("2026-10-01T00:00:00Z"), new Date("2026-11-02T00:00:00Z"), paris);
    expect(found.map((o) => localInput(o.start, paris))).toEqual(["2026-10-18T22:00", "2026-10-25T22:00", "2026-11-01T22:00"]);
    expect(found.map((o) => o.start.toISOString())).toEqual([
      "2026-10-18T20:00:00.000Z",
      "2026-10-25T21:00:00.000Z",
      "2026-11-01T21:00:00.000Z",
    ]);
  });

  it("fall on the last day of shorter months when monthly on the 31st, and stop after the last day", () => {
    const monthly = rule({
      startsAt: new Date("2026-01-31T22:00:00Z"), // 31 January 23:00 in Paris
      endsAt: new Date("2026-01-31T23:00:00Z"),
      recurrence: "MONTHLY",
      repeatUntil: "2026-05-31",
    });
    const found = occurrencesBetween(monthly, new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"), paris);
    expect(found.map((o) => localInput(o.start, paris))).toEqual([
      "2026-01-31T23:00",
      "2026-02-28T23:00",
      "2026-03-31T23:00",
      "2026-04-30T23:00",
      "2026-05-31T23:00",
    ]);
    // A leap year's February has its 29th.
    const leap = occurrencesBetween(
      { ...monthly, repeatUntil: null },
      new Date("2028-02-01T00:00:00Z"),
      new Date("2028-03-01T00:00:00Z"),
      paris,
    );
    expect(leap.map((o) => localInput(o.start, paris))).toEqual(["2028-02-29T23:00"]);
  });

  it("skip ahead to a distant period and cross a year end", () => {
    const daily = rule({ startsAt: new Date("2020-01-01T01:00:00Z"), endsAt: new Date("2020-01-01T02:00:00Z"), recurrence: "DAILY" });
    const found = occurrencesBetween(daily, new Date("2026-12-31T00:00:00Z"), new Date("2027-01-02T00:00:00Z"), paris);
    expect(found.map((o) => localInput(o.start, paris))).toEqual(["2026-12-31T02:00", "2027-01-01T02:00"]);
  });

  it("stop when the window is cancelled: one in progress ends then, and the page tells the phase", () => {
    const daily = rule({
      startsAt: new Date("2026-03-01T01:00:00Z"),
      endsAt: new Date("2026-03-01T03:00:00Z"),
      recurrence: "DAILY",
      cancelledAt: new Date("2026-03-03T02:00:00Z"),
    });
    const found = occurrencesBetween(daily, new Date("2026-03-01T00:00:00Z"), new Date("2026-03-10T00:00:00Z"), paris);
    expect(iso(found).at(-1)).toEqual(["2026-03-03T01:00:00.000Z", "2026-03-03T02:00:00.000Z"]);
    expect(found).toHaveLength(3);
    expect(phaseOf(daily, new Date("2026-03-05T00:00:00Z"), paris)).toBe("cancelled");
    expect(phaseOf({ ...daily, cancelledAt: null }, new Date("2026-03-05T00:00:00Z"), paris)).toBe("upcoming");
    expect(phaseOf({ ...daily, cancelledAt: null }, new Date("2026-03-05T01:30:00Z"), paris)).toBe("inProgress");
    expect(phaseOf(rule({}), new Date("2026-03-05T00:00:00Z"), paris)).toBe("ended");
  });
});
