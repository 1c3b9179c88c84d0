import { describe, expect, it } from "vitest";
import type { EmailContent } from "./email-layout";
import { emailText } from "./email-text";

const content: EmailContent = {
  locale: "fr",
  preview: "Aperçu",
  company: "Orbite",
  tagline: "Hébergement web en France",
  heading: "Votre demande est arrivée",
  greeting: "Bonjour Zoé,",
  body: "Nous étudions votre demande.",
  details: [
    { label: "Référence", value: "HR-2026-000001" },
    { label: "Prix mensuel HT", value: "12,99 €" },
    { label: "Services", value: "Web\nE-mail" },
  ],
  action: { label: "Voir ma demande", href: "https://app.example/hosting/requests/r1" },
  linkFallback: "Si le bouton ne fonctionne pas, copiez cette adresse :",
  note: "Une note.",
  footer: "Vous recevez ce message.",
  homeUrl: "https://app.example/",
};

describe("an email's text version", () => {
  it("says what the HTML shows, in order, with the details in aligned columns and every link written out", () => {
    expect(emailText(content)).toBe(
      [
        "Orbite https://app.example/\n\nHébergement web en France\n",
        "VOTRE DEMANDE EST ARRIVÉE",
        "Bonjour Zoé,",
        "Nous étudions votre demande.",
        "Référence         HR-2026-000001\nPrix mensuel HT   12,99 €\nServices          Web\n                  E-mail",
        "Voir ma demande https://app.example/hosting/requests/r1",
        "Si le bouton ne fonctionne pas, copiez cette adresse : https://app.example/hosting/requests/r1",
        "Une note.",
        "-".repeat(40),
        "Vous recevez ce message. https://app.example/",
      ].join("\n\n"),
    );
  });

  it("quotes someone's message as written, markup included, and leaves out what a message does not have", () => {
    const text = emailText({ ...content, details: undefined, quote: "Ligne un\r\nLigne <deux> & plus" });
    expect(text).toContain("Nous étudions votre demande.\n\nLigne un\nLigne <deux> & plus\n\nVoir ma demande");
    expect(text).not.toContain("Référence");
  });
});
