import { route } from "@/lib/http";
import { resendInvitation, revokeInvitation } from "@/lib/users/invitations";
import { usersRateLimits } from "@/lib/users/rate-limits";
import { invitationRevokedSchema, invitationSentSchema, userIdParams } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/users/{id}/invitation",
    summary: "Send a pending invitation again (admin): a new 72-hour link; the previous one stops working",
    tags: ["users"],
    access: "users:manage",
    rateLimit: usersRateLimits.resendInvitation,
    params: userIdParams,
    response: invitationSentSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => resendInvitation(user, params.id),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/users/{id}/invitation",
    summary: "Revoke a pending invitation (admin): the link stops working and the never-activated account is deleted",
    tags: ["users"],
    access: "users:manage",
    params: userIdParams,
    response: invitationRevokedSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => revokeInvitation(user, params.id),
);
