import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { csvLine } from "../../csv";
import type { LeadFilters } from "./schemas";
import { leadWhere } from "./queries";

const header = ["name", "email", "company", "phone", "stage", "source", "value_eur", "assignee", "created_at", "last_activity_at"];
const batchSize = 1000;

/** The filtered leads as CSV, newest first, read and sent in batches so a large export never sits in memory. */
export function leadsCsvStream(actor: Actor, filters: LeadFilters): ReadableStream<Uint8Array> {
  assertCan(actor, "crm:read");
  const where = leadWhere(actor, filters);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvLine(header)));
      }
      const rows = await db.cRMLead.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: {
          id: true,
          name: true,
          email: true,
          company: true,
          phone: true,
          stage: true,
          source: true,
          valueCents: true,
          createdAt: true,
          lastActivityAt: true,
          assignee: { select: { name: true } },
        },
      });
      const text = rows
        .map((l) =>
          csvLine([
            l.name,
            l.email,
            l.company,
            l.phone,
            l.stage,
            l.source,
            (l.valueCents / 100).toFixed(2),
            l.assignee?.name,
            l.createdAt.toISOString(),
            l.lastActivityAt?.toISOString(),
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (rows.length < batchSize) controller.close();
      else cursor = rows[rows.length - 1].id;
    },
  });
}
