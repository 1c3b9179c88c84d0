import { route } from "@/lib/http";
import { formAnalyticsQuery } from "@/lib/livepulse/forms/period";
import { formAnalytics } from "@/lib/livepulse/forms/queries";
import { formAnalyticsResponse } from "@/lib/livepulse/forms/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/metrics/forms",
    summary:
      "The hosting request form's funnel over a period (period=24h|7d|30d, or from/to of at most 90 days): views, starts, sections, submissions, abandonment, conversion, median time, frequent errors",
    tags: ["livepulse"],
    access: "livepulse:read",
    query: formAnalyticsQuery,
    response: formAnalyticsResponse,
    errors: [],
  },
  async ({ user, query }) => formAnalytics(user, query),
);
