import "server-only";
import type { Actor } from "../auth/roles";
import { AppError } from "../errors";
import { env } from "../env";
import { onShutdown } from "../shutdown";
import { logger } from "../logger";
import { authorizeChannels } from "./authorize";
import { encodeSse, sseComment, sseEvent, sseReconnect, sseRetry } from "./sse";
import { streamHub, type StreamEvent, type StreamHub } from "./stream-hub";

export const heartbeatMs = 20_000;
/**
 * A stream ends itself after about this long (the client reconnects at once from its last id): no
 * connection outlives a proxy's or load balancer's limits, and connections spread over new instances.
 */
export const maxStreamMs = 10 * 60_000;
/** At most this many channels in one stream (a page subscribes to a handful). */
export const maxStreamChannels = 32;

export const streamHeaders = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: `next start`'s compression (and proxies) must not buffer the stream.
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

/** Where the app tells open streams that sessions ended; no client may join it (see authorize.ts). */
const sessionsChannel = "internal-sessions";
type SessionTarget = { userId?: string; sid?: string };

/**
 * Closes the open streams of ended sessions (one session by `sid`, or every session of `userId`),
 * on every instance: the notice travels through the stream hub like any event. A failure is logged:
 * the sessions have ended anyway, and a stream ends by itself within `maxStreamMs`.
 */
export async function endStreamsOf(target: SessionTarget): Promise<void> {
  if (env.realtime.transport !== "stream") return;
  try {
    await streamHub().publish(sessionsChannel, "sessions.ended", target);
  } catch (err) {
    logger.error({ err }, "realtime: could not tell open streams that sessions ended");
  }
}

export type OpenStreamOptions = {
  /** Null for a visitor who is not signed in: public channels only. */
  actor: Actor | null;
  /** The session the stream belongs to: it closes when that session (or every session of the actor) ends. */
  sid?: string;
  channels: readonly string[];
  /** Replay events with an id above this one first; null: live events only. */
  cursor: bigint | null;
  /** The request's signal: the stream ends and unsubscribes when the client goes. */
  signal: AbortSignal;
  /** The client's address, whose open streams are counted against `REALTIME_STREAMS_PER_ADDRESS`. */
  address?: string;
  hub?: StreamHub;
  heartbeatMs?: number;
  /** Lifetime of the stream (default `maxStreamMs` plus up to a minute, so clients do not reconnect together). */
  maxMs?: number;
};

/** Each event's frame, written once however many streams send it (the hub hands them one object). */
const frames = new WeakMap<StreamEvent, string>();
function framed(event: StreamEvent): string {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = sseEvent(event.id, { channel: event.channel, event: event.event, data: event.data });
    frames.set(event, frame);
  }
  return frame;
}

type Closer = () => void;
const globalForStreams = globalThis as unknown as { __realtimeOpenStreams?: Set<Closer>; __realtimeStreamsByAddress?: Map<string, number> };

function streamsByAddress(): Map<string, number> {
  return (globalForStreams.__realtimeStreamsByAddress ??= new Map());
}

/** Counts a stream against its address, or refuses it (429) when the address holds too many. */
function holdAddress(address: string | undefined): () => void {
  if (!address) return () => {};
  const counts = streamsByAddress();
  const open = counts.get(address) ?? 0;
  // A browser holds one stream per tab, an office behind one address a few dozen; a client opening
  // hundreds only holds the server's memory.
  if (open >= env.realtimeStreamsPerAddress) {
    throw new AppError("RATE_LIMITED", "Too many live connections from this address.", undefined, { retryAfterSeconds: 30 });
  }
  counts.set(address, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (counts.get(address) ?? 1) - 1;
    if (left > 0) counts.set(address, left);
    else counts.delete(address);
  };
}

/**
 * The streams open in this process. A stream never ends by itself, and `next start` waits for
 * pending responses before it exits: when the instance stops, every stream is told to reconnect
 * and closed, so a deploy does not hang (the clients reconnect to the next instance from their last id).
 */
function openStreams(): Set<Closer> {
  if (!globalForStreams.__realtimeOpenStreams) {
    globalForStreams.__realtimeOpenStreams = new Set();
    onShutdown("realtime streams", closeAllStreams);
  }
  return globalForStreams.__realtimeOpenStreams;
}

/** Tells every open stream of this process to reconnect, and ends it. */
export function closeAllStreams(): void {
  for (const close of [...(globalForStreams.__realtimeOpenStreams ?? [])]) close();
}

/**
 * The built-in transport's Server-Sent Events response. Refuses (403) unless the actor may join every
 * channel. Then: subscribes (live events are held back meanwhile), replays the missed events of
 * these channels after the cursor, sends the held-back ones it did not replay, and streams live
 * events, each with its `id:`, and a heartbeat comment while idle.
 */
export async function openEventStream(options: OpenStreamOptions): Promise<Response> {
  const { actor, channels, cursor, signal } = options;
  if (channels.length === 0) throw new AppError("VALIDATION", "Name at least one channel.", { channels: ["required"] });
  if (channels.length > maxStreamChannels) throw new AppError("VALIDATION", "Too many channels.", { channels: ["tooMany"] });
  if (!(await authorizeChannels(actor, channels))) {
    if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to join these channels.");
    throw new AppError("FORBIDDEN", "You may not join one of these channels.");
  }

  const hub = options.hub ?? streamHub();
  try {
    await hub.ready();
  } catch (err) {
    logger.error({ err }, "realtime: stream refused, the listening connection is down");
    throw new AppError("UNAVAILABLE", "Live updates are unavailable right now. Try again shortly.");
  }
  const releaseAddress = holdAddress(options.address);

  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      // Live events wait while the replay is read. A replayed event may still arrive live afterwards
      // (its notification can trail the commit the replay saw): each replayed id is skipped once, and
      // so is any event at or before the cursor, which the client had before it reconnected.
      let held: StreamEvent[] | null = [];
      const replayedIds = new Set<string>();
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encodeSse(text));
        } catch {
          cleanup();
        }
      };
      // Events delivered in one turn (a write's events arrive together) leave in one chunk: each
      // chunk costs this one thread a pass through the response's stream, once per open stream.
      let outgoing = "";
      const flush = () => {
        const text = outgoing;
        outgoing = "";
        write(text);
      };
      const send = (event: StreamEvent) => {
        if (replayedIds.delete(event.id)) return;
        if (cursor !== null && BigInt(event.id) <= cursor) return;
        if (!outgoing) setImmediate(flush);
        outgoing += framed(event);
      };
      const unsubscribe = hub.subscribe(channels, (event) => (held ? held.push(event) : send(event)));
      const unsubscribeSessions = hub.subscribe([sessionsChannel], (event) => {
        const ended = event.data as SessionTarget;
        if (!actor) return;
        if (ended.sid ? ended.sid === options.sid : ended.userId === actor.id) cleanup();
      });
      const heartbeat = setInterval(() => write(sseComment("ping")), options.heartbeatMs ?? heartbeatMs);
      const planned: Closer = () => {
        if (outgoing) flush();
        write(sseReconnect());
        cleanup();
      };
      const lifetime = setTimeout(planned, options.maxMs ?? maxStreamMs + Math.random() * 60_000);
      const streams = openStreams();
      streams.add(planned);
      cleanup = () => {
        if (!open) return;
        open = false;
        releaseAddress();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        streams.delete(planned);
        unsubscribe();
        unsubscribeSessions();
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      if (signal.aborted) return cleanup();
      signal.addEventListener("abort", cleanup);

      write(sseRetry(3000));
      write(sseComment("connected"));
      const replayed = cursor === null ? Promise.resolve([]) : hub.replay(channels, cursor);
      replayed.then(
        (events) => {
          for (const event of events) {
            send(event);
            replayedIds.add(event.id);
          }
          const waiting = held ?? [];
          held = null;
          for (const event of waiting) send(event);
        },
        (err: unknown) => {
          logger.error({ err }, "realtime: replay failed; the client reconnects");
          cleanup();
        },
      );
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, { status: 200, headers: streamHeaders });
}
