import { route } from "@/lib/http";
import { acknowledgeAlert } from "@/lib/livepulse/alerts/acknowledge-alert";
import { alertIdParams } from "@/lib/livepulse/alerts/schemas";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/alerts/{id}/acknowledge",
    summary: "Acknowledge a firing alert (support, admin): who and when are recorded; 409 once resolved",
    tags: ["livepulse"],
    access: "livepulse:acknowledge",
    params: alertIdParams,
  },
  async ({ user, params }) => acknowledgeAlert(user, params.id),
);
