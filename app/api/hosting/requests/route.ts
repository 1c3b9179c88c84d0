import { route } from "@/lib/http";
import { hostingRequestSchema, requestListQuery, requestListResponse, requestSubmittedSchema } from "@/lib/hosting/requests/schemas";
import { pageRequests } from "@/lib/hosting/requests/queries";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/hosting/requests",
    summary: "Hosting requests: a customer's own, or all for staff; paginated, filterable by status",
    tags: ["hosting"],
    access: "requests:read",
    query: requestListQuery,
    response: requestListResponse,
    errors: [],
  },
  async ({ user, query }) => pageRequests(user, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/hosting/requests",
    summary: "Submit a hosting request; the same idempotencyKey never creates two",
    tags: ["hosting"],
    access: "requests:create",
    body: hostingRequestSchema,
    response: requestSubmittedSchema,
    status: 201,
    repeatStatus: 200,
    errors: [],
  },
  async ({ user, body }) => {
    const result = await submitHostingRequest(user, body);
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  },
);
