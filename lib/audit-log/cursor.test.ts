import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursor", () => {
  it("round-trips a row's time and id", () => {
    const row = { createdAt: new Date("2026-12-05T07:54:48.123Z"), id: "cm4abc_DEF-1" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
  });
  it("refuses what is no cursor", () => {
    for (const bad of ["", "123", "abc.def", "1.", ".id", "1.a b", `1.${"x".repeat(41)}`, "9999999999999999.a", "999999999999999.a"]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
