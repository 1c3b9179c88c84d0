import { route } from "@/lib/http";
import { createMaintenance } from "@/lib/maintenance/create-maintenance";
import { listMaintenance } from "@/lib/maintenance/queries";
import { maintenanceListResponse, maintenanceResponse } from "@/lib/maintenance/responses";
import { maintenanceListQuery, maintenanceSchema } from "@/lib/maintenance/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/maintenance",
    summary:
      "Maintenance windows: upcoming and in progress (`tab=current`, the default; in progress first, then by next start) or over and cancelled (`tab=past`), each with its phase and its occurrence in progress or next",
    tags: ["status"],
    access: "livepulse:read",
    query: maintenanceListQuery,
    response: maintenanceListResponse,
    errors: [],
  },
  async ({ user, query }) => listMaintenance(user, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/maintenance",
    summary:
      "Schedule a maintenance window (support, admin): title, message, published services, first occurrence (`YYYY-MM-DDTHH:mm` in Europe/Paris, or ISO 8601 with an offset), repetition (daily, weekly, monthly) until a day, and whether uptime leaves it out",
    tags: ["status"],
    access: "incidents:manage",
    body: maintenanceSchema,
    response: maintenanceResponse,
    status: 201,
    errors: [],
  },
  async ({ user, body }) => Response.json(await createMaintenance(user, body), { status: 201 }),
);
