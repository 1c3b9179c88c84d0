import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string; replyTo?: string | null };

/** Hands one message to a mail server; throws when the server does not accept it. */
export type MailTransport = { send: (email: OutgoingEmail) => Promise<void> };

/** Past these a stalled server counts as a failed attempt, well inside a delivery run's claim on its messages. */
const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * SMTP through nodemailer, from a URL (smtp:// upgrades with STARTTLS when offered, smtps:// is TLS
 * from the start). The Message-ID is the outbox row's: delivery is at least once, and a receiver
 * that sees the same message twice can tell.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url, { ...timeouts });
  const domain = from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? "orbite.localhost";
  return {
    send: async (email) => {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        messageId: `<${email.id}@${domain}>`,
      });
    },
  };
}

let configured: MailTransport | null | undefined;

/** The transport SMTP_URL configures, or null: without one, messages are kept rather than sent. */
export function configuredTransport(): MailTransport | null {
  if (configured === undefined) configured = env.mail.smtpUrl ? smtpTransport(env.mail.smtpUrl, env.mail.from) : null;
  return configured;
}
