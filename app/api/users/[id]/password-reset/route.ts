import { route } from "@/lib/http";
import { usersRateLimits } from "@/lib/users/rate-limits";
import { passwordResetSentSchema, userIdParams } from "@/lib/users/schemas";
import { sendPasswordReset } from "@/lib/users/send-password-reset";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/users/{id}/password-reset",
    summary: "Email an account a password-reset link valid one hour (admin); its earlier links stop working",
    tags: ["users"],
    access: "users:manage",
    rateLimit: usersRateLimits.passwordReset,
    params: userIdParams,
    response: passwordResetSentSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => sendPasswordReset(user, params.id),
);
