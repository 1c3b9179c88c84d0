import { route } from "@/lib/http";
import { markReadResponse, markReadSchema } from "@/lib/notifications/schemas";
import { markRead } from "@/lib/notifications/mark-read";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/notifications/read",
    summary: "Mark the caller's notifications read: { ids: [...] } or { all: true }; others' ids change nothing",
    tags: ["notifications"],
    access: "notifications:access",
    body: markReadSchema,
    response: markReadResponse,
    errors: [],
  },
  async ({ user, body }) => markRead(user, body),
);
