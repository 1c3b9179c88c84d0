import "server-only";
import { db } from "../../db";
import { type Outcome } from "./status";
import type { ServiceCheck } from "../../generated/prisma/client.ts";
import { logger } from "../../logger";
import { probe } from "./probes";

export type Checked = { id: string; status: Outcome["status"]; changed: boolean };

/**
 * Runs one check now: measures it, stores the result and the check's latest
 * state. A check deleted meanwhile is skipped (null).
 */
export async function runCheck(
  check: Pick<
    ServiceCheck,
    "id" | "kind" | "target" | "expectedStatus" | "keyword" | "keywordMode" | "timeoutMs" | "lastStatus" | "lastError"
  >,
  now = new Date(),
): Promise<Checked | null> {
  const outcome = await probe(check);
  const stored = await db.$transaction(async (tx) => {
    const { count } = await tx.serviceCheck.updateMany({
      where: { id: check.id },
      data: {
        lastStatus: outcome.status,
        lastLatencyMs: outcome.latencyMs,
        lastError: outcome.error,
        lastCheckedAt: now,
        ...(outcome.certExpiresAt !== undefined ? { certExpiresAt: outcome.certExpiresAt } : {}),
      },
    });
    if (count === 0) return false;
    await tx.serviceCheckResult.create({
      data: { checkId: check.id, status: outcome.status, latencyMs: outcome.latencyMs, error: outcome.error, checkedAt: now },
    });
    return true;
  });
  if (!stored) return null;
  if (outcome.status !== check.lastStatus) {
    logger.info({ checkId: check.id, from: check.lastStatus, to: outcome.status, error: outcome.error }, "monitor status changed");
  }
  return { id: check.id, status: outcome.status, changed: outcome.status !== check.lastStatus || outcome.error !== check.lastError };
}
