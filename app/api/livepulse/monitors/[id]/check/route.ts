import { route } from "@/lib/http";
import { monitorIdParams, monitorRecordSchema } from "@/lib/livepulse/monitors/schemas";
import { checkMonitorNow } from "@/lib/livepulse/monitors/check-monitor-now";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/monitors/{id}/check",
    summary: "Check a monitor now, due or not (admin); answers its new state",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: monitorIdParams,
    response: monitorRecordSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => checkMonitorNow(user, params.id),
);
