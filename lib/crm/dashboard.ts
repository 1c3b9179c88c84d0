import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";

const openStages = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "NEGOTIATION"] as const;

/** Headline figures of the sales dashboard, each one SQL aggregate. */
export async function salesOverview(actor: Actor, now = new Date()) {
  assertCan(actor, "dashboard:sales");
  const thirtyDaysAgo = new Date(now.getTime() - 30 * 86_400_000);
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [newLeads, pipeline, won, openTickets, recentLeads] = await Promise.all([
    db.cRMLead.count({ where: { createdAt: { gte: thirtyDaysAgo } } }),
    db.cRMLead.aggregate({ where: { stage: { in: [...openStages] } }, _sum: { valueCents: true }, _count: true }),
    db.cRMLead.aggregate({ where: { stage: "WON", wonAt: { gte: monthStart } }, _sum: { valueCents: true }, _count: true }),
    db.cRMTicket.count({ where: { status: { in: ["OPEN", "IN_PROGRESS", "WAITING_CUSTOMER"] } } }),
    db.cRMLead.findMany({
      orderBy: { createdAt: "desc" },
      take: 8,
      select: {
        id: true,
        name: true,
        company: true,
        stage: true,
        source: true,
        valueCents: true,
        createdAt: true,
        assignee: { select: { name: true } },
      },
    }),
  ]);
  return {
    newLeads,
    pipelineValueCents: pipeline._sum.valueCents ?? 0,
    openLeads: pipeline._count,
    wonThisMonthCents: won._sum.valueCents ?? 0,
    wonThisMonth: won._count,
    openTickets,
    recentLeads,
  };
}
