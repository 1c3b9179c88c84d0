/**
 * The built-in realtime transport's fan-out, seen from outside: `listeners` streams open on one
 * channel (GET /api/realtime/stream), then events published one at a time; for each, the time from
 * the moment its publishing request was sent until each listener had it.
 */
import type { HttpSession } from "../http-session";

export type Published = {
  /** The id the listeners look for (matched against the event's `data`). */
  id: string;
  /** When the publishing request was sent (`performance.now()`). */
  sentAt: number;
  /** How long the publishing request took to answer. */
  answeredMs: number;
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
};

export type FanOutResult = {
  listeners: number;
  events: number;
  /** One delay per (event, listener) that arrived, in ms since the publishing request was sent. */
  delays: number[];
  /** Per event: the delay until the last listener had it (null when some never did). */
  allHadIt: Array<number | null>;
  missing: number;
  publishMs: number[];
  /** Listeners refused or closed before the end. */
  failedListeners: number;
};

type Listener = { arrivals: Map<string, number>; connected: Promise<void>; closed: boolean };

function openListener(options: FanOutOptions, signal: AbortSignal): Listener {
  const listener: Listener = { arrivals: new Map(), connected: Promise.resolve(), closed: false };
  listener.connected = (async () => {
    const response = await options.session.fetch(`/api/realtime/stream?channels=${encodeURIComponent(options.channel)}`, { signal });
    if (response.status !== 200 || !response.body) {
      const text = await response.text().catch(() => "");
      throw new Error(`the stream answered ${response.status}: ${text.slice(0, 160)}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => (connected = resolve));
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const now = performance.now();
          buffer += value;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (message.startsWith(": connected")) connected();
            const data = message
              .split("\n")
              .filter((line) => line.startsWith("data: "))
              .map((line) => line.slice(6))
              .join("\n");
            if (!data) continue;
            const parsed = JSON.parse(data) as { channel: string; event: string; data: Record<string, unknown> };
            const id = parsed.data?.[options.idField];
            if (
              parsed.channel === options.channel &&
              parsed.event === options.event &&
              typeof id === "string" &&
              !listener.arrivals.has(id)
            )
              listener.arrivals.set(id, now);
          }
        }
      } catch {
        // aborted at the end, or the connection dropped: counted as closed
      }
      listener.closed = true;
      connected();
    })();
    await ready;
    if (listener.closed) throw new Error("the stream closed before it was connected");
  })();
  return listener;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fanOut(options: FanOutOptions): Promise<FanOutResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const listeners = Array.from({ length: options.listeners }, () => openListener(options, controller.signal));
  const result: FanOutResult = {
    listeners: options.listeners,
    events: options.events,
    delays: [],
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
      const delays = listeners.map((l) => l.arrivals.get(published.id)).map((at) => (at === undefined ? null : at - published.sentAt));
      const arrived = delays.filter((d): d is number => d !== null);
      result.delays.push(...arrived);
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
