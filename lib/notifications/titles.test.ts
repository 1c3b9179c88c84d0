import { describe, expect, it } from "vitest";
import { builtinNameFact, clip, facts, someOf, translateFacts } from "./titles";

describe("notification titles", () => {
  it("join the facts that are there", () => {
    expect(facts("HR-2026-00015", "Acme", "Pro")).toBe("HR-2026-00015 · Acme · Pro");
    expect(facts("Jeanne Test", null, undefined, "  ")).toBe("Jeanne Test");
  });
  it("name a few of a list, then count the rest", () => {
    expect(someOf(["Acme"])).toBe("Acme");
    expect(someOf(["Acme", "Globex", "Initech"])).toBe("Acme, Globex, Initech");
    expect(someOf(["Acme", "Globex", "Initech", "Umbrella", "Hooli"])).toBe("Acme, Globex, Initech +2");
  });
  it("clip a long subject", () => {
    expect(clip("a".repeat(200), 10)).toBe(`${"a".repeat(9)}…`);
    expect(clip("short", 10)).toBe("short");
  });
  it("carry a built-in name as a key each reader sees in their language", () => {
    const title = facts(builtinNameFact("slaBreached"), "1 > 0");
    const names: Record<string, string> = { slaBreached: "Ticket SLA breached" };
    expect(translateFacts(title, (key) => names[key] ?? null)).toBe("Ticket SLA breached · 1 > 0");
    expect(translateFacts(facts(builtinNameFact("gone"), "Acme"), () => null)).toBe("{livepulseNames.gone} · Acme");
    expect(translateFacts("HR-2026-00015 · Acme", () => "x")).toBe("HR-2026-00015 · Acme");
  });
});
