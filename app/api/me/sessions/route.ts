import { accountSessions } from "@/lib/account-settings/queries";
import { sessionActor } from "@/lib/account-settings/session-actor";
import { route } from "@/lib/http";
import { sessionListResponse } from "@/lib/account-settings/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/me/sessions",
    summary: "The signed-in user's open sessions, the most recently used first; `current` marks this one",
    tags: ["account"],
    access: "account:manage",
    response: sessionListResponse,
    errors: [],
  },
  async ({ user }) => accountSessions(sessionActor(user)),
);
