import { route } from "@/lib/http";
import { inviteUser } from "@/lib/users/invite-user";
import { listUsers } from "@/lib/users/queries";
import { usersRateLimits } from "@/lib/users/rate-limits";
import { invitationSentSchema, inviteUserSchema, userListQuery, userListResponse } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/users",
    summary: "Every account (admin): search by name, email or company, filter by role and status, newest first, paginated",
    tags: ["users"],
    access: "users:manage",
    query: userListQuery,
    response: userListResponse,
    errors: [],
  },
  async ({ user, query }) => listUsers(user, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/users",
    summary: "Invite a member of staff (admin): the account is created and emailed a 72-hour link to choose a password",
    tags: ["users"],
    access: "users:manage",
    rateLimit: usersRateLimits.invite,
    body: inviteUserSchema,
    response: invitationSentSchema,
    status: 201,
    errors: ["CONFLICT"],
  },
  async ({ user, body }) => inviteUser(user, body),
);
