import "server-only";
import { logger } from "../logger";
import { publishMany, type OutgoingEvent } from "./publish";

/** Publishes events after commit (on the built-in stream in one statement); a failure is logged and never reaches the write that caused them. */
export async function publishAll(events: readonly OutgoingEvent[]) {
  await publishMany(events).catch((err: unknown) =>
    logger.warn({ err, channels: events.map((e) => e.channel) }, "realtime publish failed"),
  );
}
