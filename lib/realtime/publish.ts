import "server-only";
import { env } from "../env";
import { logger } from "../logger";
import type { RealtimeEvent } from "./channels";
import { pusherFor, triggerEvent } from "./pusher-server";
import { streamHub } from "./stream-hub";

export type OutgoingEvent = { channel: string; event: RealtimeEvent; data: Record<string, unknown> };

/**
 * Publishes one event after the write that caused it has committed, on the configured transport:
 * Pusher when `PUSHER_*` is set, otherwise the built-in stream. Never throws: a transport outage is
 * logged and the write still succeeds. Awaiting it costs at most `PUSHER_TIMEOUT_MS` on Pusher, one
 * insert on the built-in stream.
 */
export async function publish(channel: string, event: RealtimeEvent, data: Record<string, unknown>): Promise<void> {
  await publishMany([{ channel, event, data }]);
}

/**
 * Publishes a write's events after its commit, as `publish` does each: on the built-in stream all
 * of them in one statement, on Pusher one trigger each, side by side. Never throws.
 */
export async function publishMany(events: readonly OutgoingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const settings = env.realtime;
  const started = performance.now();
  const channels = events.map((e) => e.channel);
  try {
    if (settings.transport === "pusher") {
      const pusher = pusherFor(settings.pusher);
      const results = await Promise.allSettled(events.map((e) => triggerEvent(pusher, e.channel, e.event, e.data)));
      const failed = results.flatMap((result, i) =>
        result.status === "rejected" ? [{ err: result.reason as unknown, channel: channels[i] }] : [],
      );
      for (const { err, channel } of failed) {
        logger.error(
          { err, channel, transport: settings.transport, ms: Math.round(performance.now() - started) },
          "realtime: publish failed; the write stands, subscribers miss this event",
        );
      }
    } else await streamHub().publishMany(events);
    logger.debug({ channels, transport: settings.transport, ms: Math.round(performance.now() - started) }, "realtime: published");
  } catch (err) {
    logger.error(
      { err, channels, transport: settings.transport, ms: Math.round(performance.now() - started) },
      "realtime: publish failed; the write stands, subscribers miss this event",
    );
  }
}
