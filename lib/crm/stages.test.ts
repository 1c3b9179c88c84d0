import { describe, expect, it } from "vitest";
import { isOpenStage, positionBetween } from "./stages";

describe("positionBetween", () => {
  it("starts an empty column and extends either end", () => {
    expect(positionBetween(null, null)).toBe(1024);
    expect(positionBetween(null, 1024)).toBe(0);
    expect(positionBetween(2048, null)).toBe(3072);
  });
  it("lands strictly between two neighbours, even after many halvings", () => {
    let low = 0;
    const high = 1;
    for (let i = 0; i < 40; i++) {
      const p = positionBetween(low, high);
      expect(p).toBeGreaterThan(low);
      expect(p).toBeLessThan(high);
      low = p;
    }
  });
});

describe("isOpenStage", () => {
  it("counts won and lost as closed", () => {
    expect(isOpenStage("PROPOSAL")).toBe(true);
    expect(isOpenStage("WON")).toBe(false);
    expect(isOpenStage("LOST")).toBe(false);
  });
});
