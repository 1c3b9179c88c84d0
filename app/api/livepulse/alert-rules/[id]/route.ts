import { route } from "@/lib/http";
import { deleteAlertRule } from "@/lib/livepulse/alerts/delete-alert-rule";
import { updateAlertRule } from "@/lib/livepulse/alerts/update-alert-rule";
import { alertIdParams, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/alert-rules/{id}",
    summary: "Replace an alert rule (admin); disabling it resolves its open alert",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: alertIdParams,
    body: alertRuleSchema,
  },
  async ({ user, params, body }) => updateAlertRule(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/livepulse/alert-rules/{id}",
    summary: "Delete an alert rule and the alerts it raised (admin)",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: alertIdParams,
  },
  async ({ user, params }) => deleteAlertRule(user, params.id),
);
