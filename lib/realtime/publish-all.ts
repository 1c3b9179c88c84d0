import "server-only";
import { logger } from "../logger";
import type { RealtimeEvent } from "./channels";
import { publish } from "./publish";

/** Publishes events after commit; a failure is logged and never reaches the write that caused them. */
export async function publishAll(events: ReadonlyArray<{ channel: string; event: RealtimeEvent; data: Record<string, unknown> }>) {
  const results = await Promise.allSettled(events.map((e) => publish(e.channel, e.event, e.data)));
  for (const [index, result] of results.entries()) {
    if (result.status === "rejected") logger.warn({ err: result.reason, channel: events[index].channel }, "realtime publish failed");
  }
}
