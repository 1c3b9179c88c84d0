import { describe, expect, it } from "vitest";
import { utcDayFormat } from "./format";

describe("utcDayFormat", () => {
  it("writes a calendar day out in full, in the reader's language", () => {
    expect(utcDayFormat("fr")("2026-12-06")).toBe("6 décembre 2026");
    expect(utcDayFormat("en")("2026-12-06")).toBe("December 6, 2026");
  });

  it("keeps the day itself whatever the zone it runs in (the first of a month stays the first)", () => {
    expect(utcDayFormat("fr")("2026-11-01")).toBe("1 novembre 2026");
  });
});
