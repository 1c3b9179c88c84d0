import "server-only";
import { db } from "../../db";
import type { FunnelEvent } from "./funnel";

export const trackedForm = "hosting-request";

/**
 * A form's events in [from, to), grouped in the database by session and kind: a session that
 * resent or repeated an event comes back as one row with its count and earliest time.
 */
export async function funnelEventsBetween(from: Date, to: Date, form: string = trackedForm): Promise<FunnelEvent[]> {
  const rows = await db.formEvent.groupBy({
    by: ["sessionId", "type", "section", "field", "message"],
    where: { form, createdAt: { gte: from, lt: to } },
    _min: { createdAt: true },
    _max: { durationMs: true },
    _count: { _all: true },
  });
  return rows.map((row) => ({
    sessionId: row.sessionId,
    type: row.type,
    section: row.section,
    field: row.field,
    message: row.message,
    durationMs: row._max.durationMs,
    at: row._min.createdAt ?? from,
    count: row._count._all,
  }));
}
