import { route } from "@/lib/http";
import { publicationResponse } from "@/lib/status-page/responses";
import { publicationSchema, serviceIdParams } from "@/lib/status-page/schemas";
import { updatePublication } from "@/lib/status-page/update-publication";

export const dynamic = "force-dynamic";

export const PATCH = route(
  {
    method: "PATCH",
    path: "/api/livepulse/monitors/{id}/publication",
    summary:
      "Publish a monitored service on the status page or take it off (admin): its public names in French and English, and the hosting plans whose customers it affects (none: every customer)",
    tags: ["status"],
    access: "livepulse:manage",
    params: serviceIdParams,
    body: publicationSchema,
    response: publicationResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => updatePublication(user, params.id, body),
);
