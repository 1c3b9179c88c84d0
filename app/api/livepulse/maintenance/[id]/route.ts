import { route } from "@/lib/http";
import { cancelMaintenance } from "@/lib/maintenance/cancel-maintenance";
import { getMaintenance } from "@/lib/maintenance/queries";
import { maintenanceDetailResponse, maintenanceResponse } from "@/lib/maintenance/responses";
import { maintenanceIdParams, maintenanceSchema } from "@/lib/maintenance/schemas";
import { updateMaintenance } from "@/lib/maintenance/update-maintenance";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/maintenance/{id}",
    summary: "One maintenance window with its services, its phase and its occurrence in progress or next",
    tags: ["status"],
    access: "livepulse:read",
    params: maintenanceIdParams,
    response: maintenanceDetailResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getMaintenance(user, params.id),
);

export const PATCH = route(
  {
    method: "PATCH",
    path: "/api/livepulse/maintenance/{id}",
    summary: "Change a maintenance window that is not cancelled (support, admin): every field, as when scheduling it",
    tags: ["status"],
    access: "incidents:manage",
    params: maintenanceIdParams,
    body: maintenanceSchema,
    response: maintenanceResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params, body }) => updateMaintenance(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/livepulse/maintenance/{id}",
    summary:
      "Cancel a maintenance window (support, admin): no occurrence starts any more and one in progress ends now; the window stays in the history",
    tags: ["status"],
    access: "incidents:manage",
    params: maintenanceIdParams,
    response: maintenanceResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => cancelMaintenance(user, params.id),
);
