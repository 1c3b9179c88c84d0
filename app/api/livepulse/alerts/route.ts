import { route } from "@/lib/http";
import { firingAlerts, listAlerts, listAlertRules } from "@/lib/livepulse/alerts/queries";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { alertListQuery, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alerts",
    summary:
      "Alerts (open by default, or status=FIRING|ACKNOWLEDGED|RESOLVED|SUPPRESSED|all), paginated, each with the maintenance window that suppressed it, with the rules and the firing count",
    tags: ["livepulse"],
    access: "livepulse:read",
    query: alertListQuery,
  },
  async ({ user, query }) => {
    const [alerts, rules, firing] = await Promise.all([listAlerts(user, query), listAlertRules(user), firingAlerts(user)]);
    return { ...alerts, firing, rules };
  },
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alerts",
    summary: "Define an alert rule (admin): metric, comparator, threshold, window, severity",
    tags: ["livepulse"],
    access: "livepulse:manage",
    body: alertRuleSchema,
    status: 201,
  },
  async ({ user, body }) => Response.json(await createAlertRule(user, body), { status: 201 }),
);
