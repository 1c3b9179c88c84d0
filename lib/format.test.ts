import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, utcDayFormat } from "./format";

describe("utcDayFormat", () => {
  it("writes a calendar day out in full, in the reader's language", () => {
    expect(utcDayFormat("fr")("2026-12-06")).toBe("6 décembre 2026");
    expect(utcDayFormat("en")("2026-12-06")).toBe("December 6, 2026");
  });

  it("keeps the day itself whatever the zone it runs in (the first of a month stays the first)", () => {
    expect(utcDayFormat("fr")("2026-11-01")).toBe("1 novembre 2026");
  });
});

describe("formatDate and formatMoney", () => {
  it("write each reader's language and zone, however many readers came before", () => {
    const late = "2026-12-06T23:30:00Z";
    for (let round = 0; round < 2; round++) {
      expect(formatDate(late, { locale: "fr", timeZone: "Europe/Paris" })).toBe("7 déc. 2026");
      expect(formatDate(late, { locale: "fr", timeZone: "America/New_York" })).toBe("6 déc. 2026");
      expect(formatDate(late, { locale: "en", timeZone: "Europe/Paris" }, true)).toBe("7 Dec 2026, 00:30");
      expect(formatDate(late, { locale: "en", timeZone: "UTC" })).toBe("6 Dec 2026");
      expect(formatMoney(123456, "fr")).toBe("1\u202f234,56\u00a0€");
      expect(formatMoney(123456, "en")).toBe("€1,234.56");
    }
  });
});
