import { describe, expect, it } from "vitest";
import { defaultTimeZone, resolveTimeZone } from "./time-zone";

describe("resolveTimeZone", () => {
  it("keeps a zone the runtime knows", () => {
    expect(resolveTimeZone("America/Toronto")).toBe("America/Toronto");
    expect(resolveTimeZone("UTC")).toBe("UTC");
  });

  it("falls back to the company's zone for a missing, unknown or hostile value", () => {
    for (const value of [undefined, "", "Mars/Olympus", "Europe/Paris\u0000", "x".repeat(100)]) {
      expect(resolveTimeZone(value)).toBe(defaultTimeZone);
    }
  });
});
