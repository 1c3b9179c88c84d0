import "server-only";
import { writeAudit } from "../audit";
import { db } from "../db";
import { logger } from "../logger";
import { publishTicketChange } from "./events";
import { breachColumns, pendingBreach } from "./sla";
import { emailSlaBreach } from "./ticket-emails";
import { clockOf, notifyStaff, ticketWatchers } from "./ticket-rows";

/** Tickets handled per transaction: a backlog of breaches is worked through in small steps. */
const BATCH = 50;

/**
 * Records every SLA deadline that has passed and tells the ticket's assignee
 * (or the whole support team while nobody owns it), once per deadline. Safe
 * with several instances sweeping at once: each ticket is locked and checked
 * again, so only one of them records and announces a breach.
 */
export async function sweepSlaBreaches(now = new Date()): Promise<{ breached: number }> {
  let breached = 0;
  for (;;) {
    const candidates = await db.cRMTicket.findMany({
      where: {
        slaDueAt: { lt: now },
        OR: [
          { firstRespondedAt: null, firstResponseBreachedAt: null },
          { firstRespondedAt: { not: null }, resolutionBreachedAt: null },
        ],
      },
      orderBy: { slaDueAt: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (candidates.length === 0) break;
    const before = breached;
    for (const { id } of candidates) {
      const change = await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "CRMTicket" WHERE "id" = ${id} FOR UPDATE`;
        const ticket = await tx.cRMTicket.findUnique({ where: { id } });
        const breach = ticket && pendingBreach(clockOf(ticket), now);
        if (!ticket || !breach) return null;
        const updated = await tx.cRMTicket.update({ where: { id }, data: breachColumns(breach, ticket) });
        await writeAudit(tx, {
          actorId: null,
          action: "ticket.slaBreach",
          entity: "CRMTicket",
          entityId: id,
          after: { phase: breach.phase, dueAt: breach.dueAt },
        });
        const watchers = await ticketWatchers(tx, updated, "");
        const notifications = await notifyStaff(tx, updated, watchers, "SLA_BREACH");
        await emailSlaBreach(tx, updated, watchers, breach);
        return { ticket: updated, notifications };
      });
      if (!change) continue;
      breached += 1;
      await publishTicketChange({ ticket: change.ticket, updated: true, notifications: change.notifications });
    }
    // A short batch was the last one; a batch with nothing to record would only come back again.
    if (candidates.length < BATCH || breached === before) break;
  }
  if (breached > 0) logger.info({ breached }, "SLA breaches recorded");
  return { breached };
}
