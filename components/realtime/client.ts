import type { RealtimeClientConfig } from "@/lib/realtime/client-config";
import { pusherAuthEndpoint, streamEndpoint } from "@/lib/realtime/client-config";
import { reconnectEvent } from "@/lib/realtime/sse";

/**
 * The browser's one realtime connection per tab, loaded (with `import()`) only once a component
 * subscribes. Subscriptions are counted per channel: the transport joins a channel for its first
 * subscriber and leaves it after its last. Two transports behind one interface:
 *
 * - the built-in stream: ONE EventSource for every channel of the page, reopened whenever the set
 *   of channels changes or the connection drops (with backoff), from the last event id seen (from
 *   the page's cursor when a channel joined), so the server replays what was missed;
 * - Pusher (hosted or soketi): pusher-js, itself loaded on first use, authorizing private channels
 *   through `/api/realtime/auth`.
 */

export type EventHandler = (event: string, data: Record<string, unknown>) => void;

export type Subscription = {
  channel: string;
  events: ReadonlySet<string>;
  onEvent: EventHandler;
  /**
   * Called when the connection comes back after a drop, and on Pusher once the
   * channel's subscription is confirmed (Pusher replays nothing published
   * before): a page may refetch what it missed.
   */
  onReconnect?: () => void;
};

/** What a transport tells the client. */
export type TransportSink = {
  dispatch: (channel: string, event: string, data: unknown) => void;
  reconnected: () => void;
  /** A channel's first subscription is confirmed: its subscribers catch up on what came before. */
  confirmed: (channel: string) => void;
};

export interface Transport {
  join(channel: string): void;
  leave(channel: string): void;
  close(): void;
}

/** Delay before reconnection attempt `attempt` (0, 1, …): 1 s doubling to 30 s, with jitter (half to full). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 15));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** `/api/realtime/stream?channels=a,b&lastEventId=42`, channels sorted so the same set gives the same URL. */
export function streamUrl(channels: Iterable<string>, cursor: string | null): string {
  const params = new URLSearchParams({ channels: [...channels].sort().join(",") });
  if (cursor) params.set("lastEventId", cursor);
  return `${streamEndpoint}?${params.toString()}`;
}

function asData(data: unknown): Record<string, unknown> {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : { value: data };
}

export class RealtimeClient {
  private readonly byChannel = new Map<string, Set<Subscription>>();
  readonly transport: Transport;

  constructor(createTransport: (sink: TransportSink) => Transport) {
    this.transport = createTransport({
      dispatch: (channel, event, data) => this.dispatch(channel, event, data),
      reconnected: () => this.reconnected(),
      confirmed: (channel) => this.reconnected(channel),
    });
  }

  /** Adds a subscription; returns its removal. */
  subscribe(subscription: Subscription): () => void {
    let set = this.byChannel.get(subscription.channel);
    if (!set) {
      this.byChannel.set(subscription.channel, (set = new Set()));
      this.transport.join(subscription.channel);
    }
    set.add(subscription);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(subscription);
      if (set.size === 0 && this.byChannel.get(subscription.channel) === set) {
        this.byChannel.delete(subscription.channel);
        this.transport.leave(subscription.channel);
      }
    };
  }

  /** Channels with at least one subscriber. */
  get channels(): string[] {
    return [...this.byChannel.keys()];
  }

  private dispatch(channel: string, event: string, data: unknown) {
    for (const subscription of [...(this.byChannel.get(channel) ?? [])]) {
      if (!subscription.events.has(event)) continue;
      try {
        subscription.onEvent(event, asData(data));
      } catch (err) {
        console.error("realtime: an event handler failed", err);
      }
    }
  }

  /** Every subscriber's catch-up, once each; with a channel, that channel's only. */
  private reconnected(channel?: string) {
    const seen = new Set<() => void>();
    const sets = channel ? [this.byChannel.get(channel) ?? new Set<Subscription>()] : this.byChannel.values();
    for (const set of sets) {
      for (const { onReconnect } of set) {
        if (!onReconnect || seen.has(onReconnect)) continue;
        seen.add(onReconnect);
        try {
          onReconnect();
        } catch (err) {
          console.error("realtime: a reconnection handler failed", err);
        }
      }
    }
  }
}

type EventSourceLike = {
  onopen: ((this: EventSourceLike, ev: Event) => unknown) | null;
  onmessage: ((this: EventSourceLike, ev: MessageEvent) => unknown) | null;
  onerror: ((this: EventSourceLike, ev: Event) => unknown) | null;
  addEventListener(type: string, listener: (ev: MessageEvent) => unknown): void;
  close(): void;
};

export type StreamTransportOptions = {
  /** Start after this event id (the server's latest when the page was rendered). */
  cursor: string | null;
  createEventSource?: (url: string) => EventSourceLike;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  random?: () => number;
};

/** The older of two cursors (null: none). */
function olderCursor(a: string | null, b: string | null): string | null {
  if (a === null || b === null || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return a ?? b;
  return BigInt(a) <= BigInt(b) ? a : b;
}

/** How many delivered event ids are remembered, so a replay does not hand them on twice. */
const rememberedIds = 5000;

/**
 * The built-in stream: one EventSource multiplexing every subscribed channel.
 *
 * A channel joined while the stream is open (the ticket page's, once its part of the page is live,
 * beside the header's own) reopens it from the page's cursor, not from the last id seen: that id
 * only vouches for the channels the stream had, and an event on the new channel between the two
 * would never be replayed. Events replayed a second time for the other channels are recognised by
 * their id and not handed on twice.
 */
export class StreamTransport implements Transport {
  private readonly channels = new Set<string>();
  private source: EventSourceLike | null = null;
  private cursor: string | null;
  private readonly startCursor: string | null;
  /** A channel was joined since the stream opened: the next one starts from the page's cursor. */
  private rewind = false;
  private readonly delivered = new Set<string>();
  private attempt = 0;
  private dropped = false;
  private reopenTimer: unknown = null;
  private closed = false;
  private readonly createEventSource: (url: string) => EventSourceLike;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly random: () => number;

  constructor(
    private readonly sink: TransportSink,
    options: StreamTransportOptions,
  ) {
    this.cursor = options.cursor || null;
    this.startCursor = this.cursor;
    this.createEventSource = options.createEventSource ?? ((url) => new EventSource(url) as unknown as EventSourceLike);
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.random = options.random ?? Math.random;
  }

  /** The last event id seen (or the starting cursor). */
  get lastEventId(): string | null {
    return this.cursor;
  }

  join(channel: string) {
    if (!this.channels.has(channel)) this.rewind = true;
    this.channels.add(channel);
    this.reopenSoon();
  }

  leave(channel: string) {
    this.channels.delete(channel);
    this.reopenSoon();
  }

  close() {
    this.closed = true;
    this.cancelTimer();
    this.source?.close();
    this.source = null;
  }

  /** Whether an event is new to this tab; remembers it. */
  private firstDelivery(id: string): boolean {
    if (this.delivered.has(id)) return false;
    this.delivered.add(id);
    if (this.delivered.size > rememberedIds) this.delivered.delete(this.delivered.values().next().value!);
    return true;
  }

  /** Several joins and leaves in one render reopen the stream once. */
  private reopenSoon() {
    if (this.closed) return;
    this.cancelTimer();
    this.reopenTimer = this.setTimer(() => this.open(), 0);
  }

  private cancelTimer() {
    if (this.reopenTimer !== null) this.clearTimer(this.reopenTimer);
    this.reopenTimer = null;
  }

  private open() {
    this.reopenTimer = null;
    this.source?.close();
    this.source = null;
    if (this.closed || this.channels.size === 0) return;
    const from = this.rewind ? olderCursor(this.cursor, this.startCursor) : this.cursor;
    this.rewind = false;
    const source = this.createEventSource(streamUrl(this.channels, from));
    this.source = source;
    source.onopen = () => {
      if (this.source !== source) return;
      this.attempt = 0;
      if (this.dropped) {
        this.dropped = false;
        this.sink.reconnected();
      }
    };
    source.onmessage = (message) => {
      if (this.source !== source) return;
      let parsed: { channel?: unknown; event?: unknown; data?: unknown };
      try {
        parsed = JSON.parse(String(message.data));
      } catch {
        return;
      }
      if (typeof parsed.channel !== "string" || typeof parsed.event !== "string") return;
      if (message.lastEventId) {
        if (!this.firstDelivery(message.lastEventId)) return;
        this.cursor = message.lastEventId;
      }
      this.sink.dispatch(parsed.channel, parsed.event, parsed.data);
    };
    source.addEventListener(reconnectEvent, () => {
      // The server ends this stream on purpose (restart, lifetime): reopen now, not a drop.
      if (this.source !== source) return;
      source.close();
      this.source = null;
      this.cancelTimer();
      this.reopenTimer = this.setTimer(() => this.open(), 0);
    });
    source.onerror = () => {
      if (this.source !== source) return;
      // EventSource would retry by itself at a fixed pace, or give up on a 403: reconnect ourselves.
      source.close();
      this.source = null;
      this.dropped = true;
      const delay = backoffDelay(this.attempt++, this.random);
      this.cancelTimer();
      this.reopenTimer = this.setTimer(() => this.open(), delay);
    };
  }
}

type PusherModule = typeof import("pusher-js");
type PusherInstance = InstanceType<PusherModule["default"]>;
type PusherChannel = ReturnType<PusherInstance["subscribe"]>;

/** Hosted Pusher or soketi through pusher-js, which is downloaded on first use. */
export class PusherTransport implements Transport {
  private pusher: PusherInstance | null = null;
  private readonly loading: Promise<PusherInstance | null>;
  private readonly bound = new Map<string, { channel: PusherChannel; handler: (event: string, data: unknown) => void }>();
  private wanted = new Set<string>();
  private wasConnected = false;
  private closed = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly sink: TransportSink,
    config: Extract<RealtimeClientConfig, { transport: "pusher" }>,
    load: () => Promise<PusherModule> = () => import("pusher-js"),
  ) {
    this.loading = load().then(
      ({ default: Pusher }) => {
        if (this.closed) return null;
        const pusher = new Pusher(config.key, {
          cluster: config.cluster ?? "",
          ...(config.host
            ? { wsHost: config.host, wsPort: config.port ?? 80, wssPort: config.port ?? 443, enabledTransports: ["ws", "wss"] }
            : {}),
          forceTLS: config.useTLS,
          disableStats: true,
          channelAuthorization: { endpoint: pusherAuthEndpoint, transport: "ajax" },
        });
        pusher.connection.bind("state_change", ({ current }: { previous: string; current: string }) => {
          if (current !== "connected") return;
          if (this.wasConnected) this.sink.reconnected();
          this.wasConnected = true;
        });
        this.pusher = pusher;
        for (const channel of this.wanted) this.bind(channel);
        return pusher;
      },
      (err: unknown) => {
        console.error("realtime: could not load pusher-js", err);
        return null;
      },
    );
  }

  /** Resolves once pusher-js is loaded (tests). */
  ready(): Promise<PusherInstance | null> {
    return this.loading;
  }

  join(channel: string) {
    this.wanted.add(channel);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.pusher) {
      if (this.pusher.connection.state === "disconnected") this.pusher.connect();
      this.bind(channel);
    }
  }

  leave(channel: string) {
    this.wanted.delete(channel);
    const entry = this.bound.get(channel);
    if (entry && this.pusher) {
      entry.channel.unbind_global(entry.handler);
      this.pusher.unsubscribe(channel);
    }
    this.bound.delete(channel);
    // No channel left (e.g. between two pages): drop the socket after a moment, reopened on the next join.
    if (this.wanted.size === 0 && this.pusher && !this.idleTimer) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        if (this.wanted.size === 0) {
          this.wasConnected = false;
          this.pusher?.disconnect();
        }
      }, 5000);
    }
  }

  close() {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.pusher?.disconnect();
    this.pusher = null;
  }

  private bind(channel: string) {
    if (!this.pusher || this.bound.has(channel)) return;
    const subscribed = this.pusher.subscribe(channel);
    let confirmed = false;
    const handler = (event: string, data: unknown) => {
      // Later confirmations follow a reconnection, which already asked everyone to catch up.
      if (event === "pusher:subscription_succeeded" && !confirmed) {
        confirmed = true;
        this.sink.confirmed(channel);
      }
      if (!event.startsWith("pusher:") && !event.startsWith("pusher_internal:")) this.sink.dispatch(channel, event, data);
    };
    subscribed.bind_global(handler);
    this.bound.set(channel, { channel: subscribed, handler });
  }
}

/** Identifies a configuration, without the cursor (a later render's newer cursor must not reconnect). */
export function configKey(config: RealtimeClientConfig): string {
  return config.transport === "stream"
    ? "stream"
    : ["pusher", config.key, config.cluster ?? "", config.host ?? "", config.port ?? "", config.useTLS].join("|");
}

let current: { key: string; client: RealtimeClient } | null = null;

/** The tab's one client, created on first use with the configuration the server sent. */
export function realtimeClient(config: RealtimeClientConfig): RealtimeClient {
  const key = configKey(config);
  if (current?.key === key) return current.client;
  current?.client.transport.close();
  const client = new RealtimeClient((sink) =>
    config.transport === "stream" ? new StreamTransport(sink, { cursor: config.cursor }) : new PusherTransport(sink, config),
  );
  current = { key, client };
  return client;
}
