import { describe, expect, it } from "vitest";
import { centsFromEuros, eurosFromCents, hoursFromMinutes, minutesFromHours } from "./units";

describe("centsFromEuros", () => {
  it("reads French and English decimals, spaces and the euro sign", () => {
    expect(centsFromEuros("19,99")).toBe(1999);
    expect(centsFromEuros("19.99")).toBe(1999);
    expect(centsFromEuros("1 200 €")).toBe(120_000);
    expect(centsFromEuros("0,1")).toBe(10);
    expect(centsFromEuros("-3")).toBe(-300);
  });
  it("rounds float noise away but keeps a third decimal as a fractional cent", () => {
    expect(centsFromEuros("0.29")).toBe(29);
    expect(Number.isInteger(centsFromEuros("1,005"))).toBe(false);
  });
  it("gives NaN for what is not an amount", () => {
    expect(centsFromEuros("")).toBeNaN();
    expect(centsFromEuros("abc")).toBeNaN();
    expect(centsFromEuros("1,2,3")).toBeNaN();
  });
});

describe("eurosFromCents", () => {
  it("writes two decimals with the locale's separator", () => {
    expect(eurosFromCents(1999, "fr")).toBe("19,99");
    expect(eurosFromCents(1999, "en")).toBe("19.99");
    expect(eurosFromCents(0, "fr")).toBe("0,00");
  });
  it("leaves the box empty for no number", () => {
    expect(eurosFromCents(Number.NaN, "fr")).toBe("");
  });
});

describe("hours and minutes", () => {
  it("reads hours as whole minutes", () => {
    expect(minutesFromHours("0.5")).toBe(30);
    expect(minutesFromHours("1,25")).toBe(75);
    expect(minutesFromHours("0,1")).toBe(6);
    expect(minutesFromHours("")).toBeNaN();
  });
  it("writes minutes as hours without trailing zeros", () => {
    expect(hoursFromMinutes(90, "fr")).toBe("1,5");
    expect(hoursFromMinutes(360, "en")).toBe("6");
    expect(hoursFromMinutes(15, "en")).toBe("0.25");
    expect(hoursFromMinutes(Number.NaN, "fr")).toBe("");
  });
});
