import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { maxAttempts, retryDelayMs } from "@/lib/mail/backoff";
import { deliverDueEmails } from "@/lib/mail/deliver-emails";
import { queueEmail } from "@/lib/mail/queue-email";
import { resendEmail } from "@/lib/mail/resend-email";
import { smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { createUser } from "./helpers";
import { linkIn, startSmtpServer } from "./smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: MailTransport;

beforeAll(async () => {
  smtp = await startSmtpServer();
  transport = smtpTransport(smtp.url, "Orbite <no-reply@orbite.test>");
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.emailMessage.deleteMany();
  smtp.received.length = 0;
  smtp.refuseNext(0);
});

async function customer(locale: "fr" | "en") {
  const user = await createUser("CUSTOMER");
  return db.user.update({ where: { id: user.id }, data: { locale } });
}

/** A message queued in its own transaction, as a write would. */
async function queued(user: { id: string; email: string; name: string; locale: string }) {
  return db.$transaction((tx) =>
    queueEmail(tx, {
      to: user.email,
      userId: user.id,
      name: user.name,
      locale: user.locale,
      kind: "EMAIL_VERIFICATION",
      params: { token: "t".repeat(43) },
    }),
  );
}

describe("the outbox", () => {
  it("delivers a message in its recipient's language, HTML and text, with an absolute link to the right page", async () => {
    const english = await customer("en");
    const french = await customer("fr");
    await requestPasswordReset({ email: english.email });
    await requestPasswordReset({ email: french.email });

    const report = await deliverDueEmails({ transport });

    expect(report).toMatchObject({ sent: 2, retried: 0, failed: 0 });
    const toEnglish = smtp.received.find((mail) => mail.to && "text" in mail.to && mail.to.text === english.email)!;
    const toFrench = smtp.received.find((mail) => mail.to && "text" in mail.to && mail.to.text === french.email)!;
    expect(toEnglish.subject).toBe("Reset your Orbite password");
    expect(toFrench.subject).toBe("Réinitialiser votre mot de passe Orbite");
    expect(toEnglish.from?.text).toContain("no-reply@orbite.test");
    const link = linkIn(toEnglish.text!, "/reset-password?token=");
    expect(link).toMatch(new RegExp(`^${env.appUrl}/reset-password\\?token=[A-Za-z0-9_-]{43}$`));
    expect(toEnglish.html).toContain(`href="${link}"`);
    expect(toEnglish.html).toContain("Orbite");
    expect(toEnglish.text).toContain(`Hello ${english.name}`);
    expect(toFrench.text).toContain(`Bonjour ${french.name}`);
    const rows = await db.emailMessage.findMany();
    expect(rows.map((row) => [row.status, row.attempts, row.sentAt !== null])).toEqual([
      ["SENT", 1, true],
      ["SENT", 1, true],
    ]);
  });

  it("retries with exponential backoff after the server refuses, then delivers", async () => {
    const user = await customer("en");
    const { id } = await queued(user);
    smtp.refuseNext(2);
    const start = new Date();

    expect(await deliverDueEmails({ transport, now: start })).toMatchObject({ sent: 0, retried: 1 });
    let row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(row.lastError).toContain("451");
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));

    // Not due before its time: nothing is tried.
    expect(await deliverDueEmails({ transport, now: new Date(start.getTime() + retryDelayMs(1) - 1000) })).toMatchObject({
      sent: 0,
      retried: 0,
    });

    const second = new Date(start.getTime() + retryDelayMs(1));
    expect(await deliverDueEmails({ transport, now: second })).toMatchObject({ retried: 1 });
    row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.nextAttemptAt.getTime()).toBe(second.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    expect(await deliverDueEmails({ transport, now: row.nextAttemptAt })).toMatchObject({ sent: 1 });
    row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it("gives a message up after the last attempt", async () => {
    const user = await customer("fr");
    const { id } = await queued(user);
    await db.emailMessage.update({ where: { id }, data: { attempts: maxAttempts - 1 } });
    smtp.refuseNext(1);
    expect(await deliverDueEmails({ transport })).toMatchObject({ failed: 1 });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: maxAttempts });
  });

  it("sends on the next run what a crash left behind: queued and never tried, or claimed and never finished", async () => {
    const user = await customer("en");
    const neverTried = await queued(user);
    const interrupted = await queued(user);
    // A run claimed this one and died before sending: its claim ran out a minute ago.
    await db.emailMessage.update({
      where: { id: interrupted.id },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(Date.now() - 60_000) },
    });

    expect(await deliverDueEmails({ transport })).toMatchObject({ sent: 2 });
    expect(smtp.received).toHaveLength(2);
    const rows = await db.emailMessage.findMany({ where: { id: { in: [neverTried.id, interrupted.id] } } });
    expect(rows.every((row) => row.status === "SENT")).toBe(true);
  });

  it("never sends a message twice when two runs go at once", async () => {
    const slow = await startSmtpServer({ delayMs: 30 });
    const slowTransport = smtpTransport(slow.url, "Orbite <no-reply@orbite.test>");
    try {
      const user = await customer("fr");
      for (let i = 0; i < 6; i += 1) await queued(user);
      const reports = await Promise.all([deliverDueEmails({ transport: slowTransport }), deliverDueEmails({ transport: slowTransport })]);
      expect(reports[0].sent + reports[1].sent).toBe(6);
      expect(slow.received).toHaveLength(6);
      expect(new Set(slow.received.map((mail) => mail.messageId)).size).toBe(6);
    } finally {
      await slow.close();
    }
  });

  it("keeps messages when no SMTP server is configured, and sends nothing", async () => {
    const user = await customer("fr");
    const { id } = await queued(user);
    expect(await deliverDueEmails({ transport: null })).toMatchObject({ kept: 1, sent: 0 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "KEPT", attempts: 0 });
    expect(row.html).toContain("/verify-email?token=");
    expect(smtp.received).toHaveLength(0);
    // Kept means kept: a later run with a server does not send it behind the admin's back.
    expect(await deliverDueEmails({ transport })).toMatchObject({ sent: 0 });
  });

  it("resends a message as a copy, delivered like any other, and audits it", async () => {
    const admin = await createUser("ADMIN");
    const user = await customer("en");
    const original = await queued(user);
    await deliverDueEmails({ transport: null });

    const copy = await resendEmail(admin, original.id);

    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ status: "QUEUED", resentFromId: original.id, to: user.email, attempts: 0 });
    expect(await db.auditLog.count({ where: { action: "email.resend", entityId: copy.id, actorId: admin.id } })).toBe(1);
    expect(await deliverDueEmails({ transport })).toMatchObject({ sent: 1 });
    expect(smtp.received[0].subject).toBe("Confirm your email address");
    await expect(resendEmail(await createUser("SELLER"), original.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resendEmail(admin, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes nothing when the change that causes it rolls back", async () => {
    const user = await customer("fr");
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, { to: user.email, userId: user.id, name: user.name, locale: "fr", kind: "REGISTRATION_ATTEMPT", params: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.emailMessage.count()).toBe(0);
  });
});
