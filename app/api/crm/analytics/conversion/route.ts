import { route } from "@/lib/http";
import { crmConversion } from "@/lib/crm/analytics/conversion";
import { conversionQuery, conversionResponse } from "@/lib/crm/analytics/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/analytics/conversion",
    summary: "Leads created, won and lost, conversion rate and value won, by source, stage, seller or period",
    tags: ["crm"],
    access: "dashboard:sales",
    query: conversionQuery,
    response: conversionResponse,
    errors: [],
  },
  async ({ user, query }) => crmConversion(user, query),
);
