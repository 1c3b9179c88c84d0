import "server-only";
import type { Client as PgClient, Notification } from "pg";
import { db as defaultDb } from "../db";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { env } from "../env";
import { logger } from "../logger";

/**
 * The built-in realtime transport's server side. Every published event is a `RealtimeEvent` row
 * (so a client that reconnects is replayed what it missed) and is fanned out to every subscriber
 * of this process:
 *
 * - on PostgreSQL, through `LISTEN/NOTIFY`, so every app instance hears every event: the row is
 *   inserted and notified by one statement (the notification goes out when the row is committed),
 *   and each instance keeps one dedicated listening connection, reconnected when it drops and then
 *   caught up from the rows it missed meanwhile;
 * - on the embedded database (PGlite, one process), in process.
 */

export type StreamEvent = { id: string; channel: string; event: string; data: unknown };
export type StreamListener = (event: StreamEvent) => void;

/** PostgreSQL's NOTIFY channel (an identifier, not one of the app's channels). */
export const notifyChannel = "orbite_realtime";
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; larger events send their id only. */
export const notifyPayloadLimit = 7900;
/** Rows older than this are pruned; a client away longer refetches instead of being replayed. */
export const retentionMs = 24 * 60 * 60 * 1000;
const pruneEveryMs = 10 * 60 * 1000;
/** At most this many events are replayed to one connection, oldest first. */
export const replayLimit = 1000;
const recentIdsKept = 2000;

export type StreamHubOptions = {
  /** PostgreSQL server to LISTEN on; unset: in-process fan-out (embedded database). */
  databaseUrl?: string;
  /** The Prisma client rows are written with and read from (the app's by default). */
  prisma?: PrismaClient;
  /** First delay before reconnecting a dropped listening connection; doubles up to 10 s. */
  reconnectMs?: number;
};

type Payload = { id: string; c?: string; e?: string; d?: unknown };

export class StreamHub {
  private readonly prisma: PrismaClient;
  private readonly databaseUrl?: string;
  private readonly reconnectBaseMs: number;
  private readonly listeners = new Map<string, Set<StreamListener>>();
  /** Ids delivered lately: a catch-up after a reconnection may meet a notification of the same row. */
  private readonly recent = new Set<string>();
  /** The highest id delivered (or the latest when listening started): where a catch-up starts. */
  private cursor: bigint | null = null;
  private client: PgClient | null = null;
  private connecting: Promise<void> | null = null;
  private listening = false;
  private waiters: Array<() => void> = [];
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectMs: number;
  private queue: Promise<void> = Promise.resolve();
  private lastPrune = 0;
  private closed = false;

  constructor(options: StreamHubOptions = {}) {
    this.prisma = options.prisma ?? defaultDb;
    this.databaseUrl = options.databaseUrl;
    this.reconnectBaseMs = options.reconnectMs ?? 250;
    this.reconnectMs = this.reconnectBaseMs;
  }

  /** `notify`: fan-out through PostgreSQL to every instance; `local`: this process only. */
  get mode(): "notify" | "local" {
    return this.databaseUrl ? "notify" : "local";
  }

  /** Whether the listening connection is up (always true in process). */
  get isListening(): boolean {
    return this.mode === "local" || this.listening;
  }

  /** Writes the event's row and fans it out. Throws when the database refuses; `publish()` catches. */
  async publish(channel: string, event: string, data: unknown): Promise<StreamEvent> {
    const [published] = await this.publishMany([{ channel, event, data }]);
    return published;
  }

  /**
   * Writes the events' rows and fans them out, in one statement whatever their number (a write's
   * events leave together after its commit). Ids follow the given order. Throws when the database
   * refuses; `publishMany()` of lib/realtime/publish.ts catches.
   */
  async publishMany(events: ReadonlyArray<{ channel: string; event: string; data: unknown }>): Promise<StreamEvent[]> {
    if (events.length === 0) return [];
    const jsons = events.map((e) => JSON.stringify(e.data ?? null));
    let published: StreamEvent[];
    if (this.mode === "notify") {
      // `"id":"…"` is prepended in SQL; the rest is measured here, in bytes, as PostgreSQL counts.
      const tails = events.map(({ channel, event }, i) => {
        const rest = `"c":${JSON.stringify(channel)},"e":${JSON.stringify(event)},"d":${jsons[i]}}`;
        return Buffer.byteLength(rest) + 40 < notifyPayloadLimit ? `,${rest}` : "}";
      });
      // Ids are drawn first, in the given order, so that each notification names its own row.
      const rows = await this.prisma.$queryRaw<Array<{ id: bigint }>>`
        WITH input AS (
          SELECT nextval(pg_get_serial_sequence('"RealtimeEvent"', 'id')) AS "id", t."channel", t."event", t."data", t."tail", t."ord"
          FROM unnest(${events.map((e) => e.channel)}::text[], ${events.map((e) => e.event)}::text[], ${jsons}::text[], ${tails}::text[])
            WITH ORDINALITY AS t("channel", "event", "data", "tail", "ord")
        ), inserted AS (
          INSERT INTO "RealtimeEvent" ("id", "channel", "event", "data")
          SELECT "id", "channel", "event", "data"::jsonb FROM input
          RETURNING "id"
        )
        SELECT input."id", pg_notify(${notifyChannel}, '{"id":"' || input."id"::text || '"' || input."tail")::text AS "notified"
        FROM input JOIN inserted USING ("id")
        ORDER BY input."ord"`;
      published = rows.map((row, i) => ({
        id: row.id.toString(),
        channel: events[i].channel,
        event: events[i].event,
        data: events[i].data,
      }));
    } else {
      const rows = await this.prisma.realtimeEvent.createManyAndReturn({
        data: events.map((e, i) => ({ channel: e.channel, event: e.event, data: JSON.parse(jsons[i]) })),
        select: { id: true },
      });
      const ids = rows.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      published = ids.map((id, i) => ({
        id: id.toString(),
        channel: events[i].channel,
        event: events[i].event,
        data: JSON.parse(jsons[i]),
      }));
      for (const one of published) this.deliver(one);
    }
    this.maybePrune();
    return published;
  }

  /**
   * Calls `listener` with every event published on `channels` from now on, by any instance.
   * Returns the unsubscribe function. On PostgreSQL the first subscription opens the listening
   * connection; await `ready()` before reading a replay so nothing falls between the two.
   */
  subscribe(channels: readonly string[], listener: StreamListener): () => void {
    for (const channel of channels) {
      let set = this.listeners.get(channel);
      if (!set) this.listeners.set(channel, (set = new Set()));
      set.add(listener);
    }
    if (this.mode === "notify") void this.ensureListening();
    return () => {
      for (const channel of channels) {
        const set = this.listeners.get(channel);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(channel);
      }
    };
  }

  /** Resolves once events published from now on reach this hub (the LISTEN is in place). */
  ready(timeoutMs = 5000): Promise<void> {
    if (this.isListening) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error("The realtime hub is closed."));
    void this.ensureListening();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new Error("The realtime listening connection is not up."));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  /** Events on `channels` with an id above `after`, oldest first (at most `limit`). */
  async replay(channels: readonly string[], after: bigint, limit = replayLimit): Promise<StreamEvent[]> {
    if (channels.length === 0) return [];
    const rows = await this.prisma.realtimeEvent.findMany({
      where: { channel: { in: [...channels] }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true, channel: true, event: true, data: true },
    });
    return rows.map((row) => ({ ...row, id: row.id.toString() }));
  }

  /** The latest event's id, for a page to hand the browser as its starting cursor ("0" when none). */
  async latestId(): Promise<string> {
    const row = await this.prisma.realtimeEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    return row ? row.id.toString() : "0";
  }

  /** Deletes rows past the retention; runs at most every ten minutes per process, after a publish. */
  async prune(now = Date.now()): Promise<number> {
    this.lastPrune = now;
    const { count } = await this.prisma.realtimeEvent.deleteMany({ where: { createdAt: { lt: new Date(now - retentionMs) } } });
    return count;
  }

  /** How many listeners this hub holds for `channel` (a closed stream leaves none). */
  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  /** The listening connection's backend pid (PostgreSQL), for operations and tests. */
  async listenerPid(): Promise<number | null> {
    if (!this.client || !this.listening) return null;
    const { rows } = await this.client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return rows[0]?.pid ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) await client.end().catch(() => undefined);
  }

  private maybePrune() {
    if (Date.now() - this.lastPrune < pruneEveryMs) return;
    this.prune().catch((err: unknown) => logger.warn({ err }, "realtime: pruning old events failed"));
  }

  private deliver(event: StreamEvent) {
    if (this.recent.has(event.id)) return;
    this.recent.add(event.id);
    if (this.recent.size > recentIdsKept) this.recent.delete(this.recent.values().next().value as string);
    const id = BigInt(event.id);
    if (this.cursor === null || id > this.cursor) this.cursor = id;
    for (const listener of this.listeners.get(event.channel) ?? []) {
      try {
        listener(event);
      } catch (err) {
        logger.error({ err, channel: event.channel }, "realtime: a stream listener failed");
      }
    }
  }

  private ensureListening(): Promise<void> {
    if (this.closed || this.listening) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: this.databaseUrl, keepAlive: true, application_name: "orbite-realtime" });
    client.on("notification", (message: Notification) => {
      if (message.channel !== notifyChannel || !message.payload) return;
      const payload = message.payload;
      this.enqueue(() => this.onNotification(payload));
    });
    client.on("error", (err) => {
      logger.warn({ err }, "realtime: the listening connection failed");
      this.dropped(client);
    });
    client.on("end", () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${notifyChannel}`);
    } catch (err) {
      logger.warn({ err }, "realtime: could not open the listening connection");
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    const resumed = this.cursor !== null;
    if (resumed) {
      // Events committed while the connection was down: read them back, in order, before new ones.
      const after = this.cursor!;
      this.enqueue(() => this.catchUp(after));
    } else {
      // From here on every event arrives by notification; anything older is a replay's business.
      this.cursor = BigInt(await this.latestId());
    }
    this.listening = true;
    this.reconnectMs = this.reconnectBaseMs;
    if (resumed) logger.info("realtime: listening connection restored");
    const waiters = this.waiters;
    this.waiters = [];
    for (const done of waiters) done();
  }

  private dropped(client: PgClient) {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    client.removeAllListeners("end");
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.reconnectMs;
    this.reconnectMs = Math.min(this.reconnectMs * 2, 10_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.ensureListening();
    }, delay);
    this.reconnectTimer.unref?.();
  }

  /** Notifications are handled one after the other, so a row read back keeps its place. */
  private enqueue(task: () => Promise<void>) {
    this.queue = this.queue.then(task).catch((err: unknown) => logger.error({ err }, "realtime: delivering an event failed"));
  }

  private async onNotification(raw: string) {
    const payload = JSON.parse(raw) as Payload;
    if (payload.c !== undefined && payload.e !== undefined) {
      this.deliver({ id: payload.id, channel: payload.c, event: payload.e, data: payload.d });
      return;
    }
    // Too large for a notification: the id only, the row has it all.
    const row = await this.prisma.realtimeEvent.findUnique({
      where: { id: BigInt(payload.id) },
      select: { id: true, channel: true, event: true, data: true },
    });
    if (row) this.deliver({ ...row, id: row.id.toString() });
  }

  private async catchUp(after: bigint) {
    const channels = [...this.listeners.keys()];
    for (const event of await this.replay(channels, after)) this.deliver(event);
  }
}

// One hub per process, shared by every bundle that imports this module (Next may load it twice).
const globalForHub = globalThis as unknown as { __realtimeStreamHub?: StreamHub };

export function streamHub(): StreamHub {
  globalForHub.__realtimeStreamHub ??= new StreamHub({ databaseUrl: env.databaseUrl });
  return globalForHub.__realtimeStreamHub;
}
