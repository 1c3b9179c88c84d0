import { describe, expect, it } from "vitest";
import { ago } from "./relative-time";

const now = new Date("2026-11-25T12:00:00Z");
const before = (ms: number) => new Date(now.getTime() - ms);

describe("ago", () => {
  it("says now under a minute, and for a date slightly in the future", () => {
    expect(ago(before(0), now)).toEqual({ unit: "now" });
    expect(ago(before(59_999), now)).toEqual({ unit: "now" });
    expect(ago(new Date(now.getTime() + 5_000), now)).toEqual({ unit: "now" });
  });
  it("counts whole minutes, hours and days", () => {
    expect(ago(before(60_000), now)).toEqual({ unit: "minute", value: 1 });
    expect(ago(before(59 * 60_000 + 59_000), now)).toEqual({ unit: "minute", value: 59 });
    expect(ago(before(3_600_000), now)).toEqual({ unit: "hour", value: 1 });
    expect(ago(before(23.9 * 3_600_000), now)).toEqual({ unit: "hour", value: 23 });
    expect(ago(before(24 * 3_600_000), now)).toEqual({ unit: "day", value: 1 });
    expect(ago(before(6.9 * 24 * 3_600_000), now)).toEqual({ unit: "day", value: 6 });
  });
  it("gives up on relative words after a week", () => {
    expect(ago(before(7 * 24 * 3_600_000), now)).toEqual({ unit: "date" });
  });
  it("takes ISO strings, as the browser receives them", () => {
    expect(ago("2026-11-25T11:15:00.000Z", now)).toEqual({ unit: "minute", value: 45 });
  });
});
