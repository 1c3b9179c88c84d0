import { z } from "zod";
import { route } from "@/lib/http";
import { authorizePusherChannel } from "@/lib/realtime/pusher-auth";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/realtime/auth",
    summary: "Pusher private-channel authorization (pusher-js posts socket_id and channel_name as a form)",
    tags: ["realtime"],
    access: "user",
    bodyEncoding: "form",
    body: z.object({ socket_id: z.string().min(1).max(100), channel_name: z.string().min(1).max(200) }),
    response: z.object({ auth: z.string(), channel_data: z.string().optional() }),
    errors: ["NOT_FOUND"],
  },
  async ({ user, body }) => authorizePusherChannel(user, body.socket_id, body.channel_name),
);
