import { route } from "@/lib/http";
import { changeUserAccess } from "@/lib/users/change-user-access";
import { getUser } from "@/lib/users/queries";
import { userAccessResponse, userAccessSchema, userDetailSchema, userIdParams } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/users/{id}",
    summary: "One account (admin): profile, role, status, open sessions, pending invitation and, for a customer, their business",
    tags: ["users"],
    access: "users:manage",
    params: userIdParams,
    response: userDetailSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getUser(user, params.id),
);

export const PATCH = route(
  {
    method: "PATCH",
    path: "/api/users/{id}",
    summary: "Change an account's role, or disable or re-enable it (admin); its sessions end at once",
    tags: ["users"],
    access: "users:manage",
    params: userIdParams,
    body: userAccessSchema,
    response: userAccessResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params, body }) => changeUserAccess(user, params.id, body),
);
