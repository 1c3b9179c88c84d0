import { describe, expect, it } from "vitest";
import {
  assertStorableInput,
  calendarDay,
  INT4_MAX,
  instant,
  isCalendarDay,
  isStorableText,
  nestsDeeperThan,
  unstorableFields,
} from "./input";

describe("what the database can hold", () => {
  it("knows real calendar days within the sane years", () => {
    expect(isCalendarDay("2026-12-04")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const day of ["2026-02-30", "9999-99-99", "0000-01-01", "1899-12-31", "3000-01-01", "2026-1-1", "", "2026-12-04T00:00"]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
    expect(calendarDay.safeParse(" 2026-12-04 ").success).toBe(true);
  });

  it("refuses instants nobody means, which PostgreSQL would refuse or misstore", () => {
    expect(instant.safeParse("2026-12-04T10:00:00Z").success).toBe(true);
    for (const value of [-8640000000000000, "0000-01-01", "not a date", 8.64e15, "+275760-09-13T00:00:00Z"]) {
      expect(instant.safeParse(value).success, String(value)).toBe(false);
    }
  });

  it("finds the text PostgreSQL cannot store, with its field", () => {
    expect(isStorableText("Crème brûlée 😀")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\ud800")).toBe(false);
    expect(isStorableText("x\udc00")).toBe(false);
    expect(unstorableFields({ subject: "ok", lines: [{ text: "a\u0000" }], ["k\u0000"]: 1, n: 3 })).toEqual(["lines.0.text", "_"]);
    expect(unstorableFields("\u0000")).toEqual(["_"]);
    expect(unstorableFields(null)).toEqual([]);
  });

  it("names the largest integer a column holds", () => {
    expect(INT4_MAX).toBe(2 ** 31 - 1);
  });
});

describe("nestsDeeperThan", () => {
  const nested = (depth: number) => {
    let value: unknown = "leaf";
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it("measures objects and arrays, however deep, without recursion", () => {
    expect(nestsDeeperThan(nested(3), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4), 3)).toBe(true);
    expect(nestsDeeperThan(nested(200_000))).toBe(true);
    expect(nestsDeeperThan("text")).toBe(false);
  });

  it("is what assertStorableInput refuses, as a 422 on the whole input", () => {
    expect(() => assertStorableInput(nested(50), "bad")).toThrow(
      expect.objectContaining({ code: "VALIDATION", fields: { _: ["tooDeep"] } }),
    );
    expect(() => assertStorableInput({ a: { b: ["ok"] } }, "bad")).not.toThrow();
  });
});
