import { changePassword } from "@/lib/account-settings/change-password";
import { passwordChangeSchema, sessionsEndedSchema } from "@/lib/account-settings/schemas";
import { sessionActor } from "@/lib/account-settings/session-actor";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/me/password",
    summary: "Change the signed-in user's password (the current one required); every other session ends",
    tags: ["account"],
    access: "account:manage",
    // Every attempt counts, so the current password cannot be guessed here.
    rateLimit: { name: "password-change", limit: 10, windowSeconds: 15 * 60, key: "user" },
    body: passwordChangeSchema,
    response: sessionsEndedSchema,
    errors: [],
  },
  async ({ user, body }) => changePassword(sessionActor(user), body),
);
