import { describe, expect, it } from "vitest";
import { auditDiff, auditValueText } from "./diff";

describe("auditDiff", () => {
  it("keeps only the fields that changed", () => {
    const before = { name: "Pro", priceMonthlyCents: 1500, active: true, updatedAt: "2026-01-01T00:00:00.000Z" };
    const after = { name: "Pro", priceMonthlyCents: 1900, active: true, updatedAt: "2026-02-01T00:00:00.000Z" };
    expect(auditDiff(before, after)).toEqual([
      { path: "priceMonthlyCents", kind: "changed", before: 1500, after: 1900 },
      { path: "updatedAt", kind: "changed", before: "2026-01-01T00:00:00.000Z", after: "2026-02-01T00:00:00.000Z" },
    ]);
  });

  it("flattens nested objects to dotted paths and compares arrays whole", () => {
    const before = { tagline: { fr: "Rapide", en: "Fast" }, features: [{ fr: "a", en: "a" }] };
    const after = {
      tagline: { en: "Fast", fr: "Très rapide" },
      features: [
        { en: "a", fr: "a" },
        { fr: "b", en: "b" },
      ],
    };
    expect(auditDiff(before, after)).toEqual([
      { path: "tagline.fr", kind: "changed", before: "Rapide", after: "Très rapide" },
      { path: "features", kind: "changed", before: before.features, after: after.features },
    ]);
  });

  it("treats the same content in another key order as unchanged", () => {
    expect(auditDiff({ limits: [{ a: 1, b: 2 }] }, { limits: [{ b: 2, a: 1 }] })).toEqual([]);
  });

  it("lists what a creation set and what a deletion removed", () => {
    expect(auditDiff(null, { stage: "NEW", valueCents: 0 })).toEqual([
      { path: "stage", kind: "added", after: "NEW" },
      { path: "valueCents", kind: "added", after: 0 },
    ]);
    expect(auditDiff({ stage: "LOST" }, undefined)).toEqual([{ path: "stage", kind: "removed", before: "LOST" }]);
  });

  it("tells a field that appeared or disappeared, and null from a value", () => {
    expect(auditDiff({ a: 1, b: null }, { a: 1, c: 2, b: "x" })).toEqual([
      { path: "b", kind: "changed", before: null, after: "x" },
      { path: "c", kind: "added", after: 2 },
    ]);
  });

  it("compares snapshots that are not objects as one value", () => {
    expect(auditDiff(["a"], ["a", "b"])).toEqual([{ path: "", kind: "changed", before: ["a"], after: ["a", "b"] }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("writes values readably", () => {
    expect(auditValueText("text")).toBe("text");
    expect(auditValueText(12)).toBe("12");
    expect(auditValueText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
