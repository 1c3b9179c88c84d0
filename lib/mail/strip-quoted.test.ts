import { describe, expect, it } from "vitest";
import { stripQuoted } from "./strip-quoted";

describe("stripQuoted", () => {
  it("keeps a plain answer as it is, trimmed, with its paragraphs", () => {
    expect(stripQuoted("  Merci, c'est réglé.\r\n\r\n\r\n\r\nBonne journée  \r\n")).toBe("Merci, c'est réglé.\n\nBonne journée");
  });

  it("drops English attributions and everything below, also wrapped over two lines", () => {
    const text =
      "Thanks, it works now.\n\nOn Sat, Dec 5, 2026 at 10:00 AM Orbite <\nsupport+t-abc@example.com> wrote:\n> Hello,\n> Try again.";
    expect(stripQuoted(text)).toBe("Thanks, it works now.");
    expect(stripQuoted("Yes.\nOn 5 Dec 2026, at 10:00, Orbite wrote:\n\n> previous")).toBe("Yes.");
  });

  it("drops French attributions", () => {
    const text = "Merci beaucoup !\n\nLe sam. 5 déc. 2026 à 10:00, Orbite <support@example.com> a écrit :\n> Bonjour,\n> Essayez encore.";
    expect(stripQuoted(text)).toBe("Merci beaucoup !");
    expect(stripQuoted("D'accord.\nLe 5 déc. 2026 à 10:00, Orbite a\nécrit :\n> x")).toBe("D'accord.");
  });

  it("drops Outlook's original message blocks and their header blocks, in English and French", () => {
    expect(stripQuoted("Done.\n\n-----Original Message-----\nFrom: Orbite\nSent: Saturday\nHello")).toBe("Done.");
    expect(stripQuoted("Fait.\n\n-----Message d'origine-----\nDe : Orbite\nHello")).toBe("Fait.");
    const outlook =
      "C'est bon.\n\n________________________________\nDe : Orbite <support@example.com>\nEnvoyé : samedi 5 décembre 2026 10:00\nÀ : Client\nObjet : [TK-001234]";
    expect(stripQuoted(outlook)).toBe("C'est bon.");
    expect(stripQuoted("Fine.\n\n--------------------\nDe : Orbite\nx")).toBe("Fine.");
    expect(stripQuoted("OK.\n\nFrom: Orbite <support@example.com>\nSent: Saturday, December 5, 2026\nTo: me\n\nHello")).toBe("OK.");
  });

  it("keeps a line that merely starts like a header when no header block follows", () => {
    expect(stripQuoted("From: my side everything is fine.\nThanks")).toBe("From: my side everything is fine.\nThanks");
    expect(stripQuoted("On my server the site is up.\nThanks")).toBe("On my server the site is up.\nThanks");
  });

  it("drops quoted lines anywhere, the signature and a phone's sign-off", () => {
    expect(stripQuoted("> question?\nAnswer.\n> other?\nOther answer.")).toBe("Answer.\nOther answer.");
    expect(stripQuoted("See you.\n-- \nJane Doe\nACME")).toBe("See you.");
    expect(stripQuoted("Sure.\n\nSent from my iPhone")).toBe("Sure.");
    expect(stripQuoted("Bien sûr.\n\nEnvoyé de mon iPhone")).toBe("Bien sûr.");
  });

  it("leaves nothing of a message that is only history", () => {
    expect(stripQuoted("> all quoted\n> here")).toBe("");
    expect(stripQuoted("\n\nOn Sat, Dec 5, 2026, Orbite wrote:\n> x")).toBe("");
    expect(stripQuoted("")).toBe("");
  });
});
