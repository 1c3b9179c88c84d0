import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locales";
import { loadMessages, messageModules } from "./messages";

const [fr, en] = await Promise.all([loadMessages("fr"), loadMessages("en")]);

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
  it("every module file exists in both languages and no namespace is defined twice", async () => {
    for (const locale of ["fr", "en"] as const) {
      const seen = new Set<string>();
      for (const name of messageModules) {
        const { default: module } = (await import(`../messages/${locale}/${name}.json`)) as { default: object };
        for (const namespace of Object.keys(module)) {
          expect(seen.has(namespace), `${locale}/${name}.json redefines ${namespace}`).toBe(false);
          seen.add(namespace);
        }
      }
    }
  });

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
