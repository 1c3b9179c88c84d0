import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

describe("csv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvField('Dupont, "Le Grand"')).toBe('"Dupont, ""Le Grand"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField(12.5)).toBe("12.5");
  });
  it("defuses what a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe("-5");
  });
  it("ends lines with CRLF", () => {
    expect(csvLine(["a", 1])).toBe("a,1\r\n");
  });
});
