import { route } from "@/lib/http";
import { changeUserAccess } from "@/lib/users/change-user-access";
import { userAccessSchema, userIdParams } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const PATCH = route(
  {
    method: "PATCH",
    path: "/api/users/{id}",
    summary: "Change an account's role, or disable or re-enable it (admin); its sessions end at once",
    tags: ["users"],
    access: "users:manage",
    params: userIdParams,
    body: userAccessSchema,
  },
  async ({ user, params, body }) => changeUserAccess(user, params.id, body),
);
