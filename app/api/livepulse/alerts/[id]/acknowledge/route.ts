import { route } from "@/lib/http";
import { acknowledgeAlert } from "@/lib/livepulse/alerts/acknowledge-alert";
import { alertIdParams, alertSchema } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/alerts/{id}/acknowledge",
    summary:
      "Acknowledge a firing alert (support, admin): who and when are recorded; an acknowledged one is answered as it is; 409 once resolved or suppressed",
    tags: ["livepulse"],
    access: "livepulse:acknowledge",
    params: alertIdParams,
    response: alertSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => acknowledgeAlert(user, params.id),
);
