import "server-only";
import type { Actor } from "../../auth/roles";
import { can } from "../../auth/permissions";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { openTicketStatuses } from "../../tickets/sla";
import { leadEventsBetween } from "../lead-days";
import { stageTotals } from "../lead-totals";
import { openTasksDueBefore } from "../open-tasks";
import { openStages } from "../stages";
import { DAY, inRange, publicRange, rate, rateKpi, relative } from "./figures";
import { resolveRange, type OverviewQuery, type Range } from "./schemas";

/**
 * The month of the period's last day up to that day, and the same days of the month before
 * (cut at that month's end): "won this month" compares like with like.
 */
function monthToDate(range: Range) {
  const last = new Date(range.end.getTime() - DAY);
  const start = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1));
  const previousStart = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 1, 1));
  const previousEnd = new Date(Math.min(previousStart.getTime() + (range.end.getTime() - start.getTime()), start.getTime()));
  return { month: start.toISOString().slice(0, 7), start, end: range.end, previousStart, previousEnd };
}

/**
 * What separates today's pipeline from the one when the period began (today's values): open leads
 * created since then, and leads created before it but won or lost since (reopening a lead clears its
 * closing date). Both read only the period's rows, through the createdAt, wonAt and lostAt indexes,
 * where rebuilding the old pipeline directly would scan every older lead.
 */
async function pipelineChangeSince(start: Date) {
  // Won and lost apart: each is then read from its closing date's index alone, where one statement
  // with both (an OR) reads the rows themselves.
  const [added, won, lost] = await Promise.all([
    db.cRMLead.aggregate({
      where: { stage: { in: [...openStages] }, createdAt: { gte: start } },
      _count: true,
      _sum: { valueCents: true },
    }),
    db.cRMLead.aggregate({
      where: { stage: "WON", wonAt: { gte: start }, createdAt: { lt: start } },
      _count: true,
      _sum: { valueCents: true },
    }),
    db.cRMLead.aggregate({
      where: { stage: "LOST", lostAt: { gte: start }, createdAt: { lt: start } },
      _count: true,
      _sum: { valueCents: true },
    }),
  ]);
  return {
    addedCount: added._count,
    addedValueCents: added._sum.valueCents ?? 0,
    closedCount: won._count + lost._count,
    closedValueCents: (won._sum.valueCents ?? 0) + (lost._sum.valueCents ?? 0),
  };
}

async function ticketFigures(range: Range) {
  const [open, urgent, breached, opened, openedBefore] = await Promise.all([
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] } } }),
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] }, priority: { in: ["URGENT", "HIGH"] } } }),
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] }, slaBreachedAt: { not: null } } }),
    db.cRMTicket.count({ where: { createdAt: inRange(range.start, range.end) } }),
    db.cRMTicket.count({ where: { createdAt: inRange(range.previousStart, range.previousEnd) } }),
  ]);
  return { open, urgentOpen: urgent, breachedOpen: breached, opened: relative(opened, openedBefore) };
}

async function salesFigures(actor: Actor, range: Range, now: Date) {
  const month = monthToDate(range);
  const [period, periodBefore, byStage, pipelineBeforeDelta, wonMonth, wonMonthBefore, overdue, overdueMine] = await Promise.all([
    leadEventsBetween(range.start, range.end),
    leadEventsBetween(range.previousStart, range.previousEnd),
    stageTotals(openStages),
    pipelineChangeSince(range.start),
    leadEventsBetween(month.start, month.end),
    leadEventsBetween(month.previousStart, month.previousEnd),
    openTasksDueBefore(now),
    openTasksDueBefore(now, actor.id),
  ]);

  const stages = openStages.map((stage) => ({ stage, ...(byStage.get(stage) ?? { count: 0, valueCents: 0 }) }));
  const pipelineValue = stages.reduce((total, s) => total + s.valueCents, 0);
  const pipelineCount = stages.reduce((total, s) => total + s.count, 0);
  const pipelineBefore = {
    count: pipelineCount - pipelineBeforeDelta.addedCount + pipelineBeforeDelta.closedCount,
    valueCents: pipelineValue - pipelineBeforeDelta.addedValueCents + pipelineBeforeDelta.closedValueCents,
  };

  return {
    newLeads: relative(period.created, periodBefore.created),
    conversionRate: {
      ...rateKpi(rate(period.won, period.lost), rate(periodBefore.won, periodBefore.lost)),
      won: period.won,
      lost: period.lost,
    },
    pipeline: {
      ...relative(pipelineValue, pipelineBefore.valueCents),
      count: pipelineCount,
      previousCount: pipelineBefore.count,
      stages,
    },
    wonThisMonth: {
      ...relative(wonMonth.wonValueCents, wonMonthBefore.wonValueCents),
      month: month.month,
      count: wonMonth.won,
      previousCount: wonMonthBefore.won,
    },
    overdueActivities: { value: overdue, mine: overdueMine },
  };
}

/**
 * Headline figures of the CRM over a period (default: the last 30 days) against the period just
 * before. Sellers and admins get every figure; support only the tickets part (`sales` is null).
 *
 * - newLeads: leads created in the period.
 * - conversionRate: won ÷ (won + lost) among leads closed in the period (by `wonAt` / `lostAt`).
 * - pipeline: count and value of the leads in open stages now, against the pipeline at the
 *   period's start rebuilt from creation and closing dates (with today's lead values).
 * - wonThisMonth: value of the leads won in the month of the period's last day, up to that day,
 *   against the same days of the month before.
 * - overdueActivities: tasks past due and not completed (everyone's, and the actor's).
 * - tickets: open tickets now; tickets opened in the period against the previous period.
 */
export async function crmOverview(actor: Actor, query: OverviewQuery = {}, now = new Date()) {
  assertCan(actor, "dashboard:tickets");
  const range = resolveRange(query, now);
  const [sales, tickets] = await Promise.all([
    can(actor, "dashboard:sales") ? salesFigures(actor, range, now) : Promise.resolve(null),
    ticketFigures(range),
  ]);
  return { range: publicRange(range), sales, tickets };
}
export type CrmOverview = Awaited<ReturnType<typeof crmOverview>>;
