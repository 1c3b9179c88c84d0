import { route } from "@/lib/http";
import { crmOverview } from "@/lib/crm/analytics/overview";
import { overviewResponse, periodQuery } from "@/lib/crm/analytics/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/analytics/overview",
    summary: "CRM headline figures over a period (default: the last 30 days) against the period before",
    tags: ["crm"],
    access: "dashboard:sales",
    query: periodQuery,
    response: overviewResponse,
    errors: [],
  },
  async ({ user, query }) => crmOverview(user, query),
);
