import "server-only";
import type { Prisma } from "./generated/prisma/client.ts";
import type { Tx } from "./db";

export type AuditEntry = {
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. `plan.update`. */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const asJson = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** Writes the audit row of a change, inside the transaction that makes the change. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: asJson(entry.before),
      after: asJson(entry.after),
    },
  });
}
