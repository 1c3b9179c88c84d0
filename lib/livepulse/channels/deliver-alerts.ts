import "server-only";
import { db } from "../../db";
import { logger } from "../../logger";
import { describeFailure } from "../../mail/backoff";
import { queueEmails, recipientSelect, toRecipient } from "../../mail/queue-email";
import type { AlertChannelKind, AlertDeliveryEvent, AlertDeliveryStatus, Role } from "../../generated/prisma/enums.ts";
import { attemptsFor, deliveryRetryDelayMs } from "./backoff";
import type { EmailBody } from "./body";
import { publishDeliveries } from "./events";
import { signatureHeaders, signWebhook } from "./verify-signature";

/** How long a receiver may take to answer before the attempt counts as failed. */
export const deliveryTimeoutMs = 5_000;
/** How long a run owns the rows it claimed: past it (the instance died mid-send), the next run takes them again. */
export const claimMs = 2 * 60_000;
const batchSize = 20;
const batchesPerRun = 10;

export type DeliveryOptions = { now?: Date; timeoutMs?: number };
export type DeliveryRunReport = { delivered: number; retried: number; failed: number };

/** A delivery claimed by this run (status SENDING, its attempt counted). */
export type ClaimedDelivery = { id: string; channelId: string; event: AlertDeliveryEvent; body: string; attempts: number };
type Channel = {
  id: string;
  kind: AlertChannelKind;
  enabled: boolean;
  url: string | null;
  secret: string | null;
  emailRoles: Role[];
  users: { id: string }[];
};

class DeliveryError extends Error {
  constructor(
    message: string,
    readonly responseStatus: number | null = null,
    /** Trying again would not help (the channel was disabled). */
    readonly final = false,
  ) {
    super(message);
  }
}

/** The cause a failed fetch hides (`fetch failed` → `connect ECONNREFUSED 127.0.0.1:9`), or a timeout said plainly. */
function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `No answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
  return describeFailure(cause?.message ? cause : error);
}

/** Posts a JSON body, signed for a WEBHOOK channel; any answer but 2xx, or none in time, is a failure. */
async function post(channel: Channel, delivery: ClaimedDelivery, timeoutMs: number): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Orbite-Alerts/1" };
  if (channel.kind === "WEBHOOK") {
    const timestamp = Math.floor(Date.now() / 1000);
    headers[signatureHeaders.timestamp] = String(timestamp);
    headers[signatureHeaders.signature] = signWebhook(channel.secret ?? "", timestamp, delivery.body);
    headers[signatureHeaders.delivery] = delivery.id;
  }
  let response: Response;
  try {
    response = await fetch(channel.url!, {
      method: "POST",
      headers,
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError(fetchFailure(error, timeoutMs));
  }
  const text = await response.text().catch(() => "");
  if (response.status < 200 || response.status >= 300) {
    throw new DeliveryError(describeFailure(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`), response.status);
  }
  return response.status;
}

/** An EMAIL channel's delivery: the alert email queued in the mail outbox for its roles and people, in one transaction with the row's state. */
async function queueMail(channel: Channel, delivery: ClaimedDelivery): Promise<boolean> {
  const params = JSON.parse(delivery.body) as EmailBody;
  return db.$transaction(async (tx) => {
    const readers = await tx.user.findMany({
      where: { disabled: false, OR: [{ role: { in: channel.emailRoles } }, { id: { in: channel.users.map((u) => u.id) } }] },
      select: recipientSelect,
      orderBy: { id: "asc" },
    });
    await queueEmails(tx, readers.map(toRecipient), { kind: "ALERT_FIRED", params });
    const { count } = await tx.alertDelivery.updateMany({
      where: { id: delivery.id, status: "SENDING" },
      data: { status: "DELIVERED", deliveredAt: new Date(), lastError: null, responseStatus: null },
    });
    // Another run took the row over after this one's claim ended: its emails are its own.
    if (count === 0) throw new DeliveryError("Claim lost");
    return true;
  });
}

/**
 * One attempt at a claimed delivery. Never throws: a failure is recorded on the row (retried with
 * backoff, or FAILED after its last attempt), so one channel never stops the others.
 */
export async function attemptDelivery(
  delivery: ClaimedDelivery,
  channel: Channel | undefined,
  now: Date,
  timeoutMs = deliveryTimeoutMs,
): Promise<AlertDeliveryStatus> {
  try {
    if (!channel?.enabled) throw new DeliveryError("Channel disabled", null, true);
    if (channel.kind === "EMAIL") {
      await queueMail(channel, delivery);
      return "DELIVERED";
    }
    const status = await post(channel, delivery, timeoutMs);
    // Only while this run's claim stands: a run that took over after the claim ended owns the row.
    await db.alertDelivery.updateMany({
      where: { id: delivery.id, status: "SENDING" },
      data: { status: "DELIVERED", deliveredAt: new Date(), lastError: null, responseStatus: status },
    });
    return "DELIVERED";
  } catch (error) {
    if (error instanceof DeliveryError && error.message === "Claim lost") return "SENDING";
    const lastError = describeFailure(error);
    const responseStatus = error instanceof DeliveryError ? error.responseStatus : null;
    const givenUp = (error instanceof DeliveryError && error.final) || delivery.attempts >= attemptsFor(delivery.event);
    await db.alertDelivery.updateMany({
      where: { id: delivery.id, status: "SENDING" },
      data: givenUp
        ? { status: "FAILED", lastError, responseStatus }
        : {
            status: "PENDING",
            lastError,
            responseStatus,
            nextAttemptAt: new Date(now.getTime() + deliveryRetryDelayMs(delivery.attempts)),
          },
    });
    logger.warn(
      { deliveryId: delivery.id, channelId: delivery.channelId, attempts: delivery.attempts, givenUp, err: lastError },
      "alert delivery failed",
    );
    return givenUp ? "FAILED" : "PENDING";
  }
}

/** What a delivery needs of its channel. */
export const channelSelect = {
  id: true,
  kind: true,
  enabled: true,
  url: true,
  secret: true,
  emailRoles: true,
  users: { select: { id: true } },
} as const;

/**
 * Claims due deliveries: one statement marks them SENDING until the claim ends and counts the
 * attempt; rows another run holds are skipped, so two runs never send the same delivery at once.
 */
async function claim(now: Date): Promise<ClaimedDelivery[]> {
  const until = new Date(now.getTime() + claimMs);
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "AlertDelivery" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "nextAttemptAt" = ${until}, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "AlertDelivery"
      WHERE "status" IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "channelId", "event", "body", "attempts"`;
}

/**
 * The alert outbox's delivery run (a job of the jobs' leader; tests call it). At least once: a row
 * is marked DELIVERED after the receiver answered 2xx, so a crash in between sends it again, with
 * the same delivery id for the receiver to recognise. A batch's deliveries go out side by side,
 * each with its own timeout; failures are retried with exponential backoff until their last attempt.
 */
export async function deliverDueAlerts(options: DeliveryOptions = {}): Promise<DeliveryRunReport> {
  const now = options.now ?? new Date();
  const report: DeliveryRunReport = { delivered: 0, retried: 0, failed: 0 };
  for (let batch = 0; batch < batchesPerRun; batch += 1) {
    const claimed = await claim(now);
    if (!claimed.length) break;
    const ids = [...new Set(claimed.map((d) => d.channelId))];
    const channels = new Map((await db.alertChannel.findMany({ where: { id: { in: ids } }, select: channelSelect })).map((c) => [c.id, c]));
    const outcomes = await Promise.all(claimed.map((d) => attemptDelivery(d, channels.get(d.channelId), now, options.timeoutMs)));
    for (const outcome of outcomes) {
      if (outcome === "DELIVERED") report.delivered += 1;
      else if (outcome === "PENDING") report.retried += 1;
      else if (outcome === "FAILED") report.failed += 1;
    }
    if (claimed.length < batchSize) break;
  }
  if (report.delivered || report.retried || report.failed) {
    logger.info(report, "alert deliveries sent");
    await publishDeliveries();
  }
  return report;
}
