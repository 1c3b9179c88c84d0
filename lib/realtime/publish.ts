import "server-only";
import { env } from "../env";
import { logger } from "../logger";
import type { RealtimeEvent } from "./channels";
import { pusherFor, triggerEvent } from "./pusher-server";
import { streamHub } from "./stream-hub";

/**
 * Publishes one event after the write that caused it has committed, on the configured transport:
 * Pusher when `PUSHER_*` is set, otherwise the built-in stream. Never throws: a transport outage is
 * logged and the write still succeeds. Awaiting it costs at most `PUSHER_TIMEOUT_MS` on Pusher, one
 * insert on the built-in stream.
 */
export async function publish(channel: string, event: RealtimeEvent, data: Record<string, unknown>): Promise<void> {
  const settings = env.realtime;
  const started = performance.now();
  try {
    if (settings.transport === "pusher") await triggerEvent(pusherFor(settings.pusher), channel, event, data);
    else await streamHub().publish(channel, event, data);
    logger.debug({ channel, event, transport: settings.transport, ms: Math.round(performance.now() - started) }, "realtime: published");
  } catch (err) {
    logger.error(
      { err, channel, event, transport: settings.transport, ms: Math.round(performance.now() - started) },
      "realtime: publish failed; the write stands, subscribers miss this event",
    );
  }
}
