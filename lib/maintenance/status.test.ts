import { describe, expect, it } from "vitest";
import { ahead, dayMaintenance, expandWindows, uptimeExclusions, type StatusWindow } from "./status";

const paris = "Europe/Paris";
const from = new Date("2026-03-01T00:00:00Z");
const now = new Date("2026-03-10T12:00:00Z");

const window = (over: Partial<StatusWindow>): StatusWindow => ({
  id: "w1",
  title: "Upgrade",
  message: null,
  recurrence: "NONE",
  excludeFromUptime: true,
  serviceIds: ["s1"],
  rule: {
    startsAt: new Date("2026-03-05T22:00:00Z"),
    endsAt: new Date("2026-03-06T02:00:00Z"),
    recurrence: "NONE",
    repeatUntil: null,
    cancelledAt: null,
  },
  ...over,
});

describe("maintenance and uptime", () => {
  const checks = new Map([
    ["s1", "c1"],
    ["s2", "c2"],
  ]);

  it("leaves out the time of a window that excludes it, for its services' monitors only, cut to the period", () => {
    const expanded = expandWindows([window({ serviceIds: ["s1", "s3"] })], from, now, paris);
    expect(uptimeExclusions(expanded, checks, from, now)).toEqual([
      { checkId: "c1", start: new Date("2026-03-05T22:00:00Z"), end: new Date("2026-03-06T02:00:00Z") },
    ]);
    const cut = uptimeExclusions(expanded, checks, from, new Date("2026-03-06T00:00:00Z"));
    expect(cut[0].end.toISOString()).toBe("2026-03-06T00:00:00.000Z");
  });

  it("counts the time of a window without the flag normally", () => {
    const expanded = expandWindows([window({ excludeFromUptime: false })], from, now, paris);
    expect(uptimeExclusions(expanded, checks, from, now)).toEqual([]);
    expect(dayMaintenance(expanded, "s1", "2026-03-05")).toEqual({ ids: ["w1"], excluded: false });
  });

  it("marks the days a window touched, across midnight, and whether uptime left time out", () => {
    const expanded = expandWindows([window({})], from, now, paris);
    expect(dayMaintenance(expanded, "s1", "2026-03-04")).toEqual({ ids: [], excluded: false });
    expect(dayMaintenance(expanded, "s1", "2026-03-05")).toEqual({ ids: ["w1"], excluded: true });
    expect(dayMaintenance(expanded, "s1", "2026-03-06")).toEqual({ ids: ["w1"], excluded: true });
    expect(dayMaintenance(expanded, "s2", "2026-03-05")).toEqual({ ids: [], excluded: false });
  });

  it("announces the occurrences ahead, one in progress included", () => {
    const daily = window({
      recurrence: "DAILY",
      rule: {
        startsAt: new Date("2026-03-01T11:00:00Z"),
        endsAt: new Date("2026-03-01T13:00:00Z"),
        recurrence: "DAILY",
        repeatUntil: null,
      },
    });
    const until = new Date(now.getTime() + 2 * 86_400_000);
    const [expanded] = expandWindows([daily], from, until, paris);
    expect(ahead(expanded, now, until).map((o) => o.start.toISOString())).toEqual([
      "2026-03-10T11:00:00.000Z",
      "2026-03-11T11:00:00.000Z",
      "2026-03-12T11:00:00.000Z",
    ]);
  });
});
