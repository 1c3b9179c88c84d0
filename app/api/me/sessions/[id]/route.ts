import { endOwnSession } from "@/lib/account-settings/end-sessions";
import { sessionIdParams } from "@/lib/account-settings/schemas";
import { sessionActor } from "@/lib/account-settings/session-actor";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/me/sessions/{id}",
    summary: "Sign out another of the signed-in user's sessions (this one: sign out instead)",
    tags: ["account"],
    access: "account:manage",
    params: sessionIdParams,
    status: 204,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  // Nothing to answer: 204.
  async ({ user, params }) => {
    await endOwnSession(sessionActor(user), params.id);
  },
);
