/**
 * The realtime fan-out, seen from outside: `listeners` open on one channel, then events published one
 * at a time; for each, the time from the moment its publishing request was sent until each listener
 * had it (an upper bound of the time from the write's commit). A listener is a stream of the built-in
 * transport (GET /api/realtime/stream), or, with `pusher`, a pusher-js client (its Node build, as
 * the browser's) connected to the Pusher-protocol server the app publishes to, its private channel
 * authorized by the app's own route (POST /api/realtime/auth) with the session's cookies.
 */
import { setMaxListeners } from "node:events";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import PusherClient from "pusher-js";
import type { HttpSession } from "../http-session";

/** Where the app's Pusher-protocol server listens (its PUSHER_KEY, PUSHER_HOST, PUSHER_PORT, PUSHER_USE_TLS). */
export type PusherServer = { key: string; host: string; port: number; useTLS: boolean };

export type Published = {
  /** The id the listeners look for (matched against the event's `data`). */
  id: string;
  /** When the publishing request was sent (`performance.now()`). */
  sentAt: number;
  /** How long the publishing request took to answer. */
  answeredMs: number;
  /**
   * Two stamps on `performance.now()`'s clock (the app's and the database's, so the same machine's),
   * when the benchmark can read the app's database. The commit lies between them: `written` is the
   * write's own row, stamped inside its transaction; `published` the event's row, stamped by the
   * statement that follows the commit (built-in stream only).
   */
  stamps?: { written?: number; published?: number };
};

export type FanOutOptions = {
  /** The listeners' session (every stream is opened with its cookies). */
  session: HttpSession;
  channel: string;
  listeners: number;
  events: number;
  /** The event name to wait for on `channel`, and the field of its data that carries the id. */
  event: string;
  idField: string;
  /** Publishes one event; resolves once its request has answered. */
  publish: () => Promise<Published>;
  /** How long to wait for every listener to have one event. */
  timeoutMs?: number;
  /** Listen through this Pusher-protocol server rather than the built-in stream. */
  pusher?: PusherServer;
};

export type FanOutResult = {
  listeners: number;
  events: number;
  /** One delay per (event, listener) that arrived, in ms since the publishing request was sent. */
  delays: number[];
  /** The same delays from the database's stamps, for the events that have them (see `Published`). */
  fromWritten: number[];
  fromPublished: number[];
  /** Per event: the delay until the last listener had it (null when some never did). */
  allHadIt: Array<number | null>;
  missing: number;
  publishMs: number[];
  /** Listeners refused or closed before the end. */
  failedListeners: number;
};

type Listener = { arrivals: Map<string, number>; connected: Promise<void>; closed: boolean };

/** Records an event's arrival, once per id, when it is the one waited for. */
function arrived(listener: Listener, options: FanOutOptions, data: Record<string, unknown> | undefined, now: number) {
  const id = data?.[options.idField];
  if (typeof id === "string" && !listener.arrivals.has(id)) listener.arrivals.set(id, now);
}

function openPusherListener(options: FanOutOptions, server: PusherServer, signal: AbortSignal): Listener {
  const listener: Listener = { arrivals: new Map(), connected: Promise.resolve(), closed: false };
  const client = new PusherClient(server.key, {
    cluster: "",
    wsHost: server.host,
    wsPort: server.port,
    wssPort: server.port,
    forceTLS: server.useTLS,
    enabledTransports: ["ws", "wss"],
    disableStats: true,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        options.session
          .fetch("/api/realtime/auth", {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }).toString(),
          })
          .then(async (response) => {
            const body = (await response.json()) as { auth: string };
            if (response.ok) callback(null, body);
            else callback(new Error(`the auth route answered ${response.status}`), null);
          })
          .catch((error: Error) => callback(error, null));
      },
    },
  });
  signal.addEventListener("abort", () => client.disconnect());
  client.connection.bind("disconnected", () => (listener.closed = true));
  listener.connected = new Promise((resolve, reject) => {
    const subscription = client.subscribe(options.channel);
    subscription.bind("pusher:subscription_succeeded", () => resolve());
    subscription.bind("pusher:subscription_error", (error: { error?: string }) => {
      listener.closed = true;
      reject(new Error(`the subscription was refused: ${error.error ?? JSON.stringify(error)}`));
    });
    subscription.bind(options.event, (data: Record<string, unknown>) => arrived(listener, options, data, performance.now()));
  });
  return listener;
}

/**
 * A stream read the way a browser's EventSource does, natively: straight from the socket (node:http,
 * not fetch's web streams, whose per-chunk cost in this one process would otherwise be counted a
 * thousand times as the server's delay).
 */
function openListener(options: FanOutOptions, signal: AbortSignal): Listener {
  if (options.pusher) return openPusherListener(options, options.pusher, signal);
  const listener: Listener = { arrivals: new Map(), connected: Promise.resolve(), closed: false };
  const url = new URL(`/api/realtime/stream?channels=${encodeURIComponent(options.channel)}`, options.session.base);
  listener.connected = new Promise<void>((resolve, reject) => {
    const get = url.protocol === "https:" ? httpsGet : httpGet;
    const request = get(
      url,
      { headers: { cookie: options.session.cookieHeader(), accept: "text/event-stream" }, agent: false, signal },
      (response) => {
        if (response.statusCode !== 200) {
          let text = "";
          response.setEncoding("utf8");
          response.on("error", reject);
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => reject(new Error(`the stream answered ${response.statusCode}: ${text.slice(0, 160)}`)));
          return;
        }
        response.setEncoding("utf8");
        let buffer = "";
        response.on("data", (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (message.startsWith(": connected")) resolve();
            const data = message
              .split("\n")
              .filter((line) => line.startsWith("data: "))
              .map((line) => line.slice(6))
              .join("\n");
            if (!data) continue;
            const parsed = JSON.parse(data) as { channel: string; event: string; data: Record<string, unknown> };
            if (parsed.channel === options.channel && parsed.event === options.event) arrived(listener, options, parsed.data, now);
          }
        });
        const closed = () => {
          listener.closed = true;
          reject(new Error("the stream closed before it was connected"));
        };
        response.on("end", closed);
        response.on("close", closed);
        response.on("error", closed);
      },
    );
    // Aborted at the end, or the connection dropped: counted as closed.
    request.on("error", (error) => {
      listener.closed = true;
      reject(error);
    });
  });
  return listener;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fanOut(options: FanOutOptions): Promise<FanOutResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  // Every listener watches the one signal that ends them all.
  setMaxListeners(options.listeners + 10, controller.signal);
  const listeners = Array.from({ length: options.listeners }, () => openListener(options, controller.signal));
  const result: FanOutResult = {
    listeners: options.listeners,
    events: options.events,
    delays: [],
    fromWritten: [],
    fromPublished: [],
    allHadIt: [],
    missing: 0,
    publishMs: [],
    failedListeners: 0,
  };
  try {
    const opened = await Promise.allSettled(listeners.map((l) => l.connected));
    const refused = opened.find((o) => o.status === "rejected");
    if (refused) throw new Error(`${opened.filter((o) => o.status === "rejected").length} listeners not connected: ${refused.reason}`);
    for (let n = 0; n < options.events; n++) {
      const published = await options.publish();
      result.publishMs.push(published.answeredMs);
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline && !listeners.every((l) => l.arrivals.has(published.id) || l.closed)) await sleep(5);
      const arrivals = listeners.map((l) => l.arrivals.get(published.id));
      const delays = arrivals.map((at) => (at === undefined ? null : at - published.sentAt));
      const arrived = delays.filter((d): d is number => d !== null);
      result.delays.push(...arrived);
      const since = (from: number | undefined) =>
        from === undefined ? [] : arrivals.flatMap((at) => (at === undefined ? [] : [at - from]));
      result.fromWritten.push(...since(published.stamps?.written));
      result.fromPublished.push(...since(published.stamps?.published));
      result.missing += delays.length - arrived.length;
      result.allHadIt.push(arrived.length === delays.length ? Math.max(...arrived) : null);
      await sleep(250);
    }
    result.failedListeners = listeners.filter((l) => l.closed).length;
  } finally {
    controller.abort();
  }
  return result;
}
