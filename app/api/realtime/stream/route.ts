import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { parseChannelList, streamCursor } from "@/lib/realtime/sse";
import { openEventStream } from "@/lib/realtime/stream";
import { clientAddress } from "@/lib/request-info";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/realtime/stream",
    summary:
      "Server-Sent Events of the built-in realtime transport: the events of `channels` (comma-separated) after `lastEventId` (or the Last-Event-ID header), then live ones. Without a session only the public `status` channel may be joined",
    tags: ["realtime"],
    access: "public",
    query: z.object({
      channels: z.string().min(1, "required").max(4000),
      lastEventId: z
        .string()
        .regex(/^\d{0,19}$/, "invalid")
        .optional(),
    }),
    produces: "text/event-stream",
    errors: ["NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN", "RATE_LIMITED"],
  },
  async ({ request, user, query }) => {
    // With Pusher configured nothing is written to the stream: say so rather than stay silent.
    if (env.realtime.transport !== "stream") throw new AppError("NOT_FOUND", "This server uses Pusher for realtime.");
    return openEventStream({
      actor: user,
      // Its session: signing that session out (from another device's session list) ends this stream.
      sid: user?.sid,
      channels: parseChannelList(query.channels),
      cursor: streamCursor(request.headers.get("last-event-id"), query.lastEventId),
      signal: request.signal,
      address: clientAddress(request.headers),
    });
  },
);
