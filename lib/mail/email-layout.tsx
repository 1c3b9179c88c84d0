import { Fragment } from "react";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";

/** One fact of a message's details block: "Reference · HR-2026-000012". */
export type EmailDetail = { label: string; value: string };

/** What every message says: a greeting, a paragraph, the facts it is about (optional), one button to its page, a note. */
export type EmailContent = {
  locale: string;
  preview: string;
  company: string;
  tagline: string;
  heading: string;
  greeting: string;
  body: string;
  /** Someone's message, shown as written in a quoted block below the paragraph. */
  quote?: string;
  details?: EmailDetail[];
  action: { label: string; href: string };
  linkFallback: string;
  note: string;
  footer: string;
  homeUrl: string;
};

const colors = { primary: "#4338ca", text: "#1f2937", muted: "#6b7280", border: "#e5e7eb", page: "#f4f4f7", quote: "#f9fafb" };
const font = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** A message as its author wrote it, line by line (mail clients ignore white-space rules). */
function Quote({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <Section style={{ borderLeft: `4px solid ${colors.border}`, backgroundColor: colors.quote, padding: "4px 16px", margin: "8px 0 16px" }}>
      <Text style={{ color: colors.text, fontSize: "15px", lineHeight: "24px" }}>
        {lines.map((line, index) => (
          <Fragment key={index}>
            {index > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
    </Section>
  );
}

/** The facts a message is about, as label/value rows (a table: mail clients lay tables out alike). */
function Details({ rows }: { rows: EmailDetail[] }) {
  return (
    <Section style={{ border: `1px solid ${colors.border}`, borderRadius: "6px", margin: "8px 0 0" }}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td style={{ ...cell(index), color: colors.muted, width: "40%", verticalAlign: "top" }}>{row.label}</td>
              <td style={{ ...cell(index), color: colors.text, fontWeight: 600, whiteSpace: "pre-line" }}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

const cell = (index: number) => ({
  fontSize: "14px",
  lineHeight: "20px",
  padding: "8px 12px",
  borderTop: index === 0 ? "none" : `1px solid ${colors.border}`,
});

/**
 * The one frame of Orbite's messages, built from react-email's table-based parts (which mail clients
 * lay out alike) with inline styles only: mail clients drop style sheets and never run scripts.
 */
export function EmailLayout(content: EmailContent) {
  return (
    <Html lang={content.locale} dir="ltr">
      <Head />
      <Preview>{content.preview}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: "560px", margin: "0 auto", backgroundColor: "#ffffff", borderRadius: "8px", padding: "32px" }}>
          <Section>
            <Link href={content.homeUrl} style={{ color: colors.primary, fontSize: "20px", fontWeight: 700, textDecoration: "none" }}>
              {content.company}
            </Link>
            <Text style={{ color: colors.muted, fontSize: "13px", margin: "2px 0 0" }}>{content.tagline}</Text>
          </Section>
          <Heading as="h1" style={{ color: colors.text, fontSize: "22px", lineHeight: "30px", margin: "28px 0 16px" }}>
            {content.heading}
          </Heading>
          <Text style={{ color: colors.text, fontSize: "15px", lineHeight: "24px" }}>{content.greeting}</Text>
          <Text style={{ color: colors.text, fontSize: "15px", lineHeight: "24px" }}>{content.body}</Text>
          {content.quote ? <Quote text={content.quote} /> : null}
          {content.details && content.details.length > 0 && <Details rows={content.details} />}
          <Section style={{ margin: "24px 0" }}>
            <Button
              href={content.action.href}
              style={{
                backgroundColor: colors.primary,
                borderRadius: "6px",
                color: "#ffffff",
                fontSize: "15px",
                fontWeight: 600,
                padding: "12px 20px",
                textDecoration: "none",
              }}
            >
              {content.action.label}
            </Button>
          </Section>
          <Text style={{ color: colors.muted, fontSize: "13px", lineHeight: "20px" }}>
            {content.linkFallback}{" "}
            <Link href={content.action.href} style={{ color: colors.primary, wordBreak: "break-all" }}>
              {content.action.href}
            </Link>
          </Text>
          <Text style={{ color: colors.text, fontSize: "14px", lineHeight: "22px" }}>{content.note}</Text>
          <Hr style={{ borderColor: colors.border, margin: "24px 0" }} />
          <Text style={{ color: colors.muted, fontSize: "12px", lineHeight: "18px", margin: 0 }}>
            {content.footer}{" "}
            <Link href={content.homeUrl} style={{ color: colors.muted }}>
              {content.homeUrl.replace(/^https?:\/\//, "")}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
