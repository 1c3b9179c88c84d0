import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import { resolveLocale } from "./locales";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("resolveLocale", () => {
  it("prefers the cookie", () => {
    expect(resolveLocale("en", "fr-FR,fr;q=0.9")).toBe("en");
  });
  it("falls back to the best supported Accept-Language", () => {
    expect(resolveLocale(undefined, "de-DE,de;q=0.9,en-GB;q=0.8,fr;q=0.5")).toBe("en");
  });
  it("ignores an unknown cookie and defaults to French", () => {
    expect(resolveLocale("xx", "de,es;q=0.5")).toBe("fr");
    expect(resolveLocale(undefined, null)).toBe("fr");
  });
});

describe("messages", () => {
  it("English has exactly the keys French has", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
  it("no message is empty", () => {
    for (const [name, messages] of Object.entries({ fr, en })) {
      const empty = keys(messages).filter((k) => {
        const v = k.split(".").reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], messages);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty, name).toEqual([]);
    }
  });
});
