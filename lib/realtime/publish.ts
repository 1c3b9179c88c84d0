import "server-only";
import { logger } from "../logger";
import type { RealtimeEvent } from "./channels";

/**
 * Publishes one event after the write that caused it has committed. Never
 * throws: a transport outage is logged and the write still succeeds.
 */
export async function publish(channel: string, event: RealtimeEvent, data: Record<string, unknown>): Promise<void> {
  logger.debug({ channel, event, data }, "realtime publish (no transport yet)");
}
