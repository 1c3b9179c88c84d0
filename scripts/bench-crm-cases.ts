import type { Actor } from "../lib/auth/roles";
import { crmConversion } from "../lib/crm/analytics/conversion";
import { crmOverview } from "../lib/crm/analytics/overview";
import { crmTrends } from "../lib/crm/analytics/trends";
import { conversionQuery } from "../lib/crm/analytics/schemas";
import { customerListQuery } from "../lib/crm/customers/schemas";
import { listCustomers } from "../lib/crm/customers/queries";
import { recentLeads, todaysActivities, urgentTickets } from "../lib/crm/dashboard/queries";
import { pipelineBoard } from "../lib/crm/pipeline/queries";
import { formAnalytics } from "../lib/livepulse/forms/queries";
import { formAnalyticsQuery } from "../lib/livepulse/forms/period";
import { metricsSnapshot } from "../lib/livepulse/metrics/snapshot";
import { livePulseSummary } from "../lib/livepulse/queries";
import { listTickets } from "../lib/tickets/queries";
import { ticketListQuery } from "../lib/tickets/schemas";

/**
 * The dashboard, analytics, pipeline, customers, ticket queue and LivePulse cases of the CRM
 * benchmark, read as their pages and routes read.
 */
export function benchCases(actor: Actor): Array<{ name: string; run: () => Promise<unknown> }> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const lastYear = { from: day(-364), to: day(0) };
  return [
    {
      name: "dashboard (KPIs, lists, agenda)",
      run: () =>
        Promise.all([crmOverview(actor, { from: day(-29) }), recentLeads(actor), urgentTickets(actor, 5), todaysActivities(actor)]),
    },
    { name: "dashboard trend charts", run: () => crmTrends(actor, { weeks: 12, months: 12 }) },
    { name: "GET analytics/overview (30 days)", run: () => crmOverview(actor, {}) },
    ...(["source", "stage", "seller", "period"] as const).map((by) => ({
      name: `GET analytics/conversion by ${by} (1 year)`,
      run: () => crmConversion(actor, conversionQuery.parse({ by, ...lastYear })),
    })),
    { name: "pipeline board", run: () => pipelineBoard(actor, {}) },
    {
      name: "customers list (by lifetime value)",
      run: () => listCustomers(actor, customerListQuery.parse({ sort: "lifetimeValue", dir: "desc" })),
    },
    { name: "ticket queue (by SLA)", run: () => listTickets(actor, ticketListQuery.parse({})) },
    {
      name: "ticket queue (open, urgent first)",
      run: () => listTickets(actor, ticketListQuery.parse({ status: "OPEN", sort: "priority", dir: "desc" })),
    },
    { name: "form funnel (30 days)", run: () => formAnalytics(actor, formAnalyticsQuery.parse({ period: "30d" })) },
    { name: "LivePulse overview", run: () => Promise.all([metricsSnapshot(actor), livePulseSummary(actor)]) },
  ];
}
