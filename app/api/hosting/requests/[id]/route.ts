import { z } from "zod";
import { changeRequestStatus } from "@/lib/hosting/requests/change-request-status";
import { editRequest } from "@/lib/hosting/requests/edit-request";
import { requestDetailSchema, requestUpdateResponse, requestUpdateSchema } from "@/lib/hosting/requests/schemas";
import { getRequest } from "@/lib/hosting/requests/queries";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1) });

export const GET = route(
  {
    method: "GET",
    path: "/api/hosting/requests/{id}",
    summary: "One hosting request with its status timeline (404 for another customer's)",
    tags: ["hosting"],
    access: "requests:read",
    params,
    response: requestDetailSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getRequest(user, params.id),
);

export const PUT = route(
  {
    method: "PUT",
    path: "/api/hosting/requests/{id}",
    summary:
      "Move a request to another status with an optional comment (`status`, `comment`), or change its configuration: any of the form's fields (resources, plan, domain, options, billing cycle, contact, notes), priced again, with a timeline entry. A customer changes their own request while it is submitted, staff until it is approved (409 after); never both at once",
    tags: ["hosting"],
    access: "requests:status",
    params,
    body: requestUpdateSchema,
    response: requestUpdateResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params, body }) => {
    const { status, comment, ...edit } = body;
    return status ? changeRequestStatus(user, params.id, { status, comment }) : editRequest(user, params.id, edit);
  },
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/hosting/requests/{id}",
    summary: "Cancel a request (a customer's own while pending; staff along the workflow)",
    tags: ["hosting"],
    access: "requests:status",
    params,
    status: 204,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => {
    await changeRequestStatus(user, params.id, { status: "CANCELLED" });
  },
);
