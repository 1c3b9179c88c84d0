import { describe, expect, it } from "vitest";
import { axisShare, labelledAxis, valueAxis } from "./value-axis";

describe("valueAxis", () => {
  it("rounds the top up and spaces the ticks evenly from 0", () => {
    expect(valueAxis([3, 87, 41])).toEqual({ top: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(valueAxis([0.3, 1.7])).toEqual({ top: 2, ticks: [0, 0.5, 1, 1.5, 2] });
  });

  it("keeps whole ticks for counts", () => {
    expect(valueAxis([1, 2], { whole: true })).toEqual({ top: 2, ticks: [0, 1, 2] });
    expect(valueAxis([1], { whole: true }).ticks).toEqual([0, 1]);
  });

  it("leaves the baseline alone when nothing is above 0, and skips missing values", () => {
    expect(valueAxis([])).toEqual({ top: 1, ticks: [0] });
    expect(valueAxis([0, null, Number.NaN, -4])).toEqual({ top: 1, ticks: [0] });
    expect(valueAxis([null, 12, Number.POSITIVE_INFINITY]).top).toBe(12);
  });
});

describe("axisShare", () => {
  it("places a value between the baseline and the top", () => {
    const axis = valueAxis([87]);
    expect(axisShare(50, axis)).toBe(0.5);
    expect(axisShare(null, axis)).toBe(0);
    expect(axisShare(-3, axis)).toBe(0);
    expect(axisShare(250, axis)).toBe(1);
  });
});

describe("labelledAxis", () => {
  it("places each tick and labels it with the given format", () => {
    expect(labelledAxis([870], (value) => `${value} €`, { count: 2 })).toEqual({
      top: 1000,
      ticks: [
        { at: 0, label: "0 €" },
        { at: 0.5, label: "500 €" },
        { at: 1, label: "1000 €" },
      ],
    });
  });
});
