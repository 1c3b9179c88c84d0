import type { EmailContent } from "./email-layout";

const rule = "-".repeat(40);

/** The details block as two aligned columns: "Reference   HR-2026-000012". A value's own lines stay under it. */
function detailLines(details: NonNullable<EmailContent["details"]>): string {
  const width = Math.max(...details.map((detail) => detail.label.length)) + 3;
  return details.map(({ label, value }) => `${label.padEnd(width)}${value.split(/\r?\n/).join(`\n${" ".repeat(width)}`)}`).join("\n");
}

/**
 * The plain-text version of a message: what EmailLayout shows, in the same order, written from the
 * same content rather than converted back from the HTML (a second render and an HTML parse per message).
 */
export function emailText(content: EmailContent): string {
  const blocks = [
    `${content.company} ${content.homeUrl}\n\n${content.tagline}\n`,
    content.heading.toLocaleUpperCase(content.locale),
    content.greeting,
    content.body,
    content.quote?.split(/\r?\n/).join("\n"),
    content.details && content.details.length > 0 ? detailLines(content.details) : undefined,
    `${content.action.label} ${content.action.href}`,
    `${content.linkFallback} ${content.action.href}`,
    content.note,
    rule,
    `${content.footer} ${content.homeUrl}`,
  ];
  return blocks.filter((block) => block !== undefined && block !== "").join("\n\n");
}
