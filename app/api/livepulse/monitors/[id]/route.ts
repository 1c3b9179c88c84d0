import { route } from "@/lib/http";
import { monitorDeletedSchema, monitorIdParams, monitorRecordSchema, monitorUpdateSchema } from "@/lib/livepulse/monitors/schemas";
import { deleteMonitor } from "@/lib/livepulse/monitors/delete-monitor";
import { updateMonitor } from "@/lib/livepulse/monitors/update-monitor";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/monitors/{id}",
    summary: "Change a monitor (admin); a built-in check keeps its kind and target",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: monitorIdParams,
    body: monitorUpdateSchema,
    response: monitorRecordSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => updateMonitor(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/livepulse/monitors/{id}",
    summary: "Delete an added monitor, its results and the alert rules watching it (admin); built-in checks answer 409",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: monitorIdParams,
    response: monitorDeletedSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => deleteMonitor(user, params.id),
);
