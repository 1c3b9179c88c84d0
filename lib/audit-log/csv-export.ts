import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { csvLine } from "../csv";
import { db } from "../db";
import type { AuditCursor } from "./cursor";
import { auditDiff } from "./diff";
import { auditEntrySelect, auditWhere, pastCursor } from "./queries";
import type { AuditFilters } from "./schemas";

const header = ["created_at", "actor_name", "actor_email", "action", "entity", "entity_id", "changes", "before", "after"];
const batchSize = 1000;

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The changed fields as `path: old → new`, one per line, for a reader of the spreadsheet. */
function changesText(before: unknown, after: unknown): string {
  return auditDiff(before, after)
    .map((change) => `${change.path || "(value)"}: ${json(change.before) || "∅"} → ${json(change.after) || "∅"}`)
    .join("\n");
}

/**
 * The filtered log as CSV, newest first, read and sent in batches by the same keyset as the page,
 * so a large export never sits in memory and never slows down with depth.
 */
export function auditCsvStream(actor: Actor, filters: AuditFilters): ReadableStream<Uint8Array> {
  assertCan(actor, "audit:read");
  const where = auditWhere(filters);
  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvLine(header)));
      }
      const rows = await db.auditLog.findMany({
        where: cursor ? { AND: [where, pastCursor(cursor, "older")] } : where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: batchSize,
        select: auditEntrySelect,
      });
      const text = rows
        .map((row) =>
          csvLine([
            row.createdAt.toISOString(),
            row.actor?.name,
            row.actor?.email,
            row.action,
            row.entity,
            row.entityId,
            changesText(row.before, row.after),
            json(row.before),
            json(row.after),
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (rows.length < batchSize) controller.close();
      else cursor = { createdAt: rows[rows.length - 1].createdAt, id: rows[rows.length - 1].id };
    },
  });
}

/** The file name of an export made now. */
export const auditCsvName = (now = new Date()) => `audit-${now.toISOString().slice(0, 10)}.csv`;
