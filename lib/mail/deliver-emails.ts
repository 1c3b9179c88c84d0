import "server-only";
import { db } from "../db";
import { logger } from "../logger";
import { describeFailure, maxAttempts, retryDelayMs } from "./backoff";
import { configuredTransport, type MailTransport, type OutgoingEmail } from "./transport";

/** How long a run owns the messages it claimed: past it (the instance died mid-send), the next run takes them again. */
const claimMs = 5 * 60_000;
const batchSize = 20;
/** Batches per run at most, so one run ends and the next tick carries on. */
const batchesPerRun = 10;

export type DeliveryReport = { sent: number; retried: number; failed: number; kept: number };

type Claimed = OutgoingEmail & { attempts: number };

/**
 * Claims due messages for this run: one statement marks them SENDING until the claim ends and counts
 * the attempt. Rows another run holds are skipped (SKIP LOCKED), and once claimed a row is not due
 * again until the claim has passed, so two runs never send the same message at once.
 */
async function claim(now: Date): Promise<Claimed[]> {
  const until = new Date(now.getTime() + claimMs);
  return db.$queryRaw<Claimed[]>`
    UPDATE "EmailMessage" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "nextAttemptAt" = ${until}, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" IN ('QUEUED', 'SENDING') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "html", "text", "replyTo", "attempts"`;
}

/** Without a mail server, due messages are kept: admins read them in the delivery log. */
async function keepDue(now: Date): Promise<number> {
  const kept = await db.emailMessage.updateMany({
    where: { status: { in: ["QUEUED", "SENDING"] }, nextAttemptAt: { lte: now } },
    data: { status: "KEPT", lastError: null },
  });
  return kept.count;
}

async function deliverOne(transport: MailTransport, email: Claimed, now: Date, report: DeliveryReport): Promise<void> {
  try {
    await transport.send(email);
    // Only while this run's claim stands: a run that took over after the claim ended owns the row.
    await db.emailMessage.updateMany({
      where: { id: email.id, status: "SENDING" },
      data: { status: "SENT", sentAt: new Date(), lastError: null },
    });
    report.sent += 1;
  } catch (error) {
    const lastError = describeFailure(error);
    const givenUp = email.attempts >= maxAttempts;
    await db.emailMessage.updateMany({
      where: { id: email.id, status: "SENDING" },
      data: givenUp
        ? { status: "FAILED", lastError }
        : { status: "QUEUED", lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)) },
    });
    if (givenUp) report.failed += 1;
    else report.retried += 1;
    logger.warn({ emailId: email.id, attempts: email.attempts, givenUp, err: lastError }, "email delivery failed");
  }
}

/**
 * The outbox's delivery run (the jobs' leader runs it; tests call it). Delivery is at least once: a
 * message is marked SENT after the server accepted it, so a crash in between sends it again later.
 * A failure is retried with exponential backoff (`retryDelayMs`) until `maxAttempts`.
 */
export async function deliverDueEmails(options: { transport?: MailTransport | null; now?: Date } = {}): Promise<DeliveryReport> {
  const transport = options.transport === undefined ? configuredTransport() : options.transport;
  const now = options.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, kept: 0 };
  if (!transport) {
    report.kept = await keepDue(now);
    return report;
  }
  for (let batch = 0; batch < batchesPerRun; batch += 1) {
    const claimed = await claim(now);
    for (const email of claimed) await deliverOne(transport, email, now, report);
    if (claimed.length < batchSize) break;
  }
  return report;
}
