import { route } from "@/lib/http";
import { deleteAlertRule } from "@/lib/livepulse/alerts/delete-alert-rule";
import { updateAlertRule } from "@/lib/livepulse/alerts/update-alert-rule";
import { alertIdParams, alertRuleDeletedResponse, alertRuleResponse, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/alert-rules/{id}",
    summary: "Replace an alert rule (admin); disabling it resolves its open alert; 422 naming an unknown monitor or channel",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: alertIdParams,
    body: alertRuleSchema,
    response: alertRuleResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => updateAlertRule(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/livepulse/alert-rules/{id}",
    summary: "Delete an alert rule and the alerts it raised (admin); answers its id",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: alertIdParams,
    response: alertRuleDeletedResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => deleteAlertRule(user, params.id),
);
