import { route } from "@/lib/http";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { listAlertRules } from "@/lib/livepulse/alerts/queries";
import { alertRuleListResponse, alertRuleResponse, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alert-rules",
    summary:
      "Alert rules, enabled first then by name: each with its monitor, its channels, its latest value, its open alert and whether its metric is measured",
    tags: ["livepulse"],
    access: "livepulse:read",
    response: alertRuleListResponse,
    errors: [],
  },
  async ({ user }) => ({ items: await listAlertRules(user) }),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alert-rules",
    summary:
      "Define an alert rule (admin): metric, comparator, threshold, window in minutes, severity, monitor (monitor metrics only), channels; 422 naming an unknown monitor or channel",
    tags: ["livepulse"],
    access: "livepulse:manage",
    body: alertRuleSchema,
    response: alertRuleResponse,
    status: 201,
    errors: [],
  },
  async ({ user, body }) => Response.json(await createAlertRule(user, body), { status: 201 }),
);
