import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError, fieldErrorsFromIssues } from "../../errors";

import { monitorSchema, type Monitor, type MonitorUpdate } from "./schemas";
import { publishMonitorUpdate } from "./events";

/**
 * Changes a monitor. A built-in check keeps its kind and target (the app's
 * own); an added one is validated whole, as on creation. A new target starts
 * over: unknown until its next check, which is due at once.
 */
export async function updateMonitor(actor: Actor, id: string, input: MonitorUpdate) {
  assertCan(actor, "livepulse:manage");
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.serviceCheck.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This monitor does not exist.");
    const settings = { name: input.name, intervalSeconds: input.intervalSeconds, timeoutMs: input.timeoutMs, enabled: input.enabled };
    let data: Partial<Monitor> & typeof settings = settings;
    if (before.builtin) {
      const moved =
        (input.kind !== undefined && input.kind !== before.kind) || (input.target !== undefined && input.target !== before.target);
      if (moved) throw new AppError("VALIDATION", "A built-in check's target cannot change.", { target: ["builtinTarget"] });
    } else {
      const parsed = monitorSchema.safeParse({
        ...settings,
        kind: input.kind ?? before.kind,
        target: input.target ?? before.target,
        expectedStatus: input.expectedStatus === undefined ? before.expectedStatus : input.expectedStatus,
        keyword: input.keyword === undefined ? before.keyword : input.keyword,
        keywordMode: input.keywordMode === undefined ? before.keywordMode : input.keywordMode,
      });
      if (!parsed.success) throw new AppError("VALIDATION", "Invalid monitor.", fieldErrorsFromIssues(parsed.error.issues));
      data = parsed.data;
    }
    const retarget = data.kind !== undefined && (data.kind !== before.kind || data.target !== before.target);
    // A renamed built-in check keeps the name it was given, in every language.
    const renamed = data.name !== before.name;
    const after = await tx.serviceCheck.update({
      where: { id },
      data: {
        ...data,
        ...(renamed ? { nameKey: null } : {}),
        ...(retarget ? { lastStatus: "UNKNOWN", lastLatencyMs: null, lastError: null, lastCheckedAt: null, certExpiresAt: null } : {}),
      },
    });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.update", entity: "ServiceCheck", entityId: id, before, after });
    return after;
  });
  await publishMonitorUpdate([{ id, status: updated.lastStatus, changed: true }]);
  return updated;
}
