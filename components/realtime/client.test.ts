import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, configKey, PusherTransport, RealtimeClient, StreamTransport, streamUrl, type TransportSink } from "./client";

class FakeEventSource {
  static all: FakeEventSource[] = [];
  onopen: ((ev: Event) => unknown) | null = null;
  onmessage: ((ev: MessageEvent) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  closed = false;
  private readonly listeners = new Map<string, (ev: MessageEvent) => unknown>();
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (ev: MessageEvent) => unknown) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  /** The server's planned end of the stream: a `reconnect` event, then the connection closes. */
  planned() {
    this.listeners.get("reconnect")?.({ data: "{}" } as MessageEvent);
    this.onerror?.(new Event("error"));
  }
  open() {
    this.onopen?.(new Event("open"));
  }
  emit(id: string, channel: string, event: string, data: unknown) {
    this.onmessage?.({ lastEventId: id, data: JSON.stringify({ channel, event, data }) } as MessageEvent);
  }
  fail() {
    this.onerror?.(new Event("error"));
  }
  get params() {
    return new URL(this.url, "http://localhost").searchParams;
  }
}

const open = () => FakeEventSource.all.filter((s) => !s.closed);
const latest = () => FakeEventSource.all.at(-1)!;

function streamClient(cursor: string | null = "100") {
  let transport!: StreamTransport;
  const client = new RealtimeClient((sink) => {
    transport = new StreamTransport(sink, { cursor, createEventSource: (url) => new FakeEventSource(url), random: () => 1 });
    return transport;
  });
  return { client, transport };
}

beforeEach(() => {
  FakeEventSource.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("the built-in stream in the browser", () => {
  it("opens ONE EventSource for every channel subscribed in the same render, from the server's cursor", () => {
    const { client } = streamClient("100");
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: () => {} });
    client.subscribe({ channel: "private-ticket-t1", events: new Set(["ticket.comment"]), onEvent: () => {} });
    vi.runOnlyPendingTimers();
    expect(open()).toHaveLength(1);
    expect(latest().params.get("channels")).toBe("private-ticket-t1,private-user-u1");
    expect(latest().params.get("lastEventId")).toBe("100");
  });

  it("hands each event to the subscribers of its channel and event, with the latest handler", () => {
    const { client } = streamClient();
    const bell = vi.fn();
    const ticket = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: bell });
    client.subscribe({ channel: "private-ticket-t1", events: new Set(["ticket.comment"]), onEvent: ticket });
    vi.runOnlyPendingTimers();
    latest().open();
    latest().emit("101", "private-user-u1", "notification", { id: "n1" });
    latest().emit("102", "private-ticket-t1", "ticket.updated", { id: "t1" });
    latest().emit("103", "private-ticket-t1", "ticket.comment", { id: "c1" });
    expect(bell).toHaveBeenCalledExactlyOnceWith("notification", { id: "n1" });
    expect(ticket).toHaveBeenCalledExactlyOnceWith("ticket.comment", { id: "c1" });
  });

  it("reopens when the set of channels changes, replays a channel joined later from the page's cursor, and closes when none is left", () => {
    const { client, transport } = streamClient("100");
    const bell = vi.fn();
    const ticket = vi.fn();
    const leaveUser = client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: bell });
    vi.runOnlyPendingTimers();
    latest().open();
    latest().emit("107", "private-user-u1", "notification", { n: 107 });
    // The ticket's part of the page subscribes later: a comment made at 103 was never sent to this tab.
    const leaveTicket = client.subscribe({ channel: "private-ticket-t1", events: new Set(["ticket.comment"]), onEvent: ticket });
    vi.runOnlyPendingTimers();
    expect(open()).toHaveLength(1);
    expect(latest().params.get("channels")).toBe("private-ticket-t1,private-user-u1");
    expect(latest().params.get("lastEventId")).toBe("100");
    latest().emit("103", "private-ticket-t1", "ticket.comment", { c: 103 });
    latest().emit("107", "private-user-u1", "notification", { n: 107 });
    latest().emit("108", "private-user-u1", "notification", { n: 108 });
    expect(ticket).toHaveBeenCalledExactlyOnceWith("ticket.comment", { c: 103 });
    expect(bell.mock.calls).toEqual([
      ["notification", { n: 107 }],
      ["notification", { n: 108 }],
    ]);
    // Both channels have everything up to 108 now: a drop or a change reopens from there.
    expect(transport.lastEventId).toBe("108");
    leaveTicket();
    leaveUser();
    vi.runOnlyPendingTimers();
    expect(open()).toHaveLength(0);
  });

  it("starts a channel joined again from the page's cursor, and never hands an event on twice", () => {
    const { client } = streamClient("100");
    const ticket = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: () => {} });
    const leaveTicket = client.subscribe({ channel: "private-ticket-t1", events: new Set(["ticket.comment"]), onEvent: ticket });
    vi.runOnlyPendingTimers();
    latest().emit("110", "private-ticket-t1", "ticket.comment", { c: 110 });
    leaveTicket();
    vi.runOnlyPendingTimers();
    expect(latest().params.get("lastEventId")).toBe("110");
    client.subscribe({ channel: "private-ticket-t1", events: new Set(["ticket.comment"]), onEvent: ticket });
    vi.runOnlyPendingTimers();
    expect(latest().params.get("lastEventId")).toBe("100");
    latest().emit("110", "private-ticket-t1", "ticket.comment", { c: 110 });
    latest().emit("111", "private-ticket-t1", "ticket.comment", { c: 111 });
    expect(ticket.mock.calls).toEqual([
      ["ticket.comment", { c: 110 }],
      ["ticket.comment", { c: 111 }],
    ]);
  });

  it("hands on a live event that arrives after a later one (commits land out of id order)", () => {
    const { client } = streamClient("100");
    const bell = vi.fn();
    const timeline = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: bell });
    client.subscribe({ channel: "private-request-r1", events: new Set(["request.updated"]), onEvent: timeline });
    vi.runOnlyPendingTimers();
    latest().emit("205", "private-user-u1", "notification", {});
    latest().emit("204", "private-request-r1", "request.updated", { id: "r1" });
    expect(bell).toHaveBeenCalledTimes(1);
    expect(timeline).toHaveBeenCalledExactlyOnceWith("request.updated", { id: "r1" });
  });

  it("counts subscriptions: a channel stays joined while one subscriber is left", () => {
    const { client } = streamClient();
    const first = client.subscribe({ channel: "private-staff", events: new Set(["ticket.created"]), onEvent: () => {} });
    client.subscribe({ channel: "private-staff", events: new Set(["ticket.updated"]), onEvent: () => {} });
    vi.runOnlyPendingTimers();
    const source = latest();
    first();
    first();
    vi.runOnlyPendingTimers();
    expect(source.closed).toBe(false);
    expect(client.channels).toEqual(["private-staff"]);
  });

  it("reconnects after a drop with growing delays, from the last id, and then tells the page", () => {
    const { client } = streamClient("5");
    const onReconnect = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: () => {}, onReconnect });
    vi.runOnlyPendingTimers();
    latest().open();
    latest().emit("9", "private-user-u1", "notification", {});
    expect(onReconnect).not.toHaveBeenCalled();

    latest().fail();
    expect(open()).toHaveLength(0);
    vi.advanceTimersByTime(999);
    expect(open()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(open()).toHaveLength(1);
    expect(latest().params.get("lastEventId")).toBe("9");

    latest().fail(); // still down: the next try waits twice as long
    vi.advanceTimersByTime(1999);
    expect(open()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    latest().open();
    expect(onReconnect).toHaveBeenCalledTimes(1);
    latest().fail(); // a success reset the delay
    vi.advanceTimersByTime(1000);
    expect(open()).toHaveLength(1);
  });

  it("reopens at once from the last id when the server ends the stream on purpose, without calling it a reconnection", () => {
    const { client } = streamClient("5");
    const onReconnect = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent: () => {}, onReconnect });
    vi.runOnlyPendingTimers();
    latest().open();
    latest().emit("8", "private-user-u1", "notification", {});
    latest().planned();
    vi.advanceTimersByTime(0);
    expect(open()).toHaveLength(1);
    expect(latest().params.get("lastEventId")).toBe("8");
    latest().open();
    expect(onReconnect).not.toHaveBeenCalled();
  });

  it("ignores what an old EventSource still says after it was replaced", () => {
    const { client } = streamClient();
    const onEvent = vi.fn();
    client.subscribe({ channel: "private-user-u1", events: new Set(["notification"]), onEvent });
    vi.runOnlyPendingTimers();
    const old = latest();
    client.subscribe({ channel: "private-staff", events: new Set(["ticket.created"]), onEvent: () => {} });
    vi.runOnlyPendingTimers();
    old.emit("200", "private-user-u1", "notification", {});
    expect(onEvent).not.toHaveBeenCalled();
  });
});

describe("helpers", () => {
  it("backs off from 1 s doubling to 30 s, with jitter between half and full", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(backoffDelay(0, () => 0)).toBe(500);
  });

  it("builds the stream URL with sorted channels and the cursor", () => {
    expect(streamUrl(["b", "a"], null)).toBe("/api/realtime/stream?channels=a%2Cb");
    expect(streamUrl(["a"], "12")).toBe("/api/realtime/stream?channels=a&lastEventId=12");
  });

  it("identifies a configuration without its cursor", () => {
    expect(configKey({ transport: "stream", cursor: "1" })).toBe(configKey({ transport: "stream", cursor: "2" }));
    expect(configKey({ transport: "pusher", key: "k", host: "h", port: 6001, useTLS: false })).not.toBe(
      configKey({ transport: "pusher", key: "k", host: "h", port: 6002, useTLS: false }),
    );
  });
});

describe("the Pusher transport in the browser", () => {
  it("subscribes once per channel, passes app events on, and leaves with the last subscriber", async () => {
    type Handler = (event: string, data: unknown) => void;
    const subscribed = new Map<string, { handlers: Set<Handler> }>();
    const states: Array<(change: { previous: string; current: string }) => void> = [];
    class FakePusher {
      static options: unknown;
      connection = {
        state: "connected",
        bind: (_: string, cb: (change: { previous: string; current: string }) => void) => states.push(cb),
      };
      constructor(_key: string, options: unknown) {
        FakePusher.options = options;
      }
      subscribe(name: string) {
        const channel = {
          handlers: new Set<Handler>(),
          bind_global: (h: Handler) => channel.handlers.add(h),
          unbind_global: (h: Handler) => channel.handlers.delete(h),
        };
        subscribed.set(name, channel);
        return channel;
      }
      unsubscribe(name: string) {
        subscribed.delete(name);
      }
      connect() {}
      disconnect() {}
    }
    let transport!: PusherTransport;
    const client = new RealtimeClient((sink: TransportSink) => {
      transport = new PusherTransport(
        sink,
        { transport: "pusher", key: "k", host: "127.0.0.1", port: 6001, useTLS: false },
        async () =>
          ({
            default: FakePusher as never,
          }) as never,
      );
      return transport;
    });
    const onEvent = vi.fn();
    const onReconnect = vi.fn();
    const leave = client.subscribe({ channel: "private-staff", events: new Set(["ticket.created"]), onEvent, onReconnect });
    const leave2 = client.subscribe({ channel: "private-staff", events: new Set(["ticket.created"]), onEvent: () => {} });
    await transport.ready();
    expect(FakePusher.options).toMatchObject({
      wsHost: "127.0.0.1",
      wsPort: 6001,
      forceTLS: false,
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
    });
    expect(JSON.stringify(FakePusher.options)).not.toMatch(/secret/i);
    const channel = subscribed.get("private-staff")!;
    expect(channel.handlers.size).toBe(1);
    for (const handler of channel.handlers) {
      handler("pusher:subscription_succeeded", {});
      handler("ticket.created", { id: "t1" });
    }
    expect(onEvent).toHaveBeenCalledExactlyOnceWith("ticket.created", { id: "t1" });
    // Confirmed: what was published before the subscription is fetched again, once.
    expect(onReconnect).toHaveBeenCalledTimes(1);
    for (const handler of channel.handlers) handler("pusher:subscription_succeeded", {});
    expect(onReconnect).toHaveBeenCalledTimes(1);

    states.forEach((cb) => cb({ previous: "connecting", current: "connected" }));
    expect(onReconnect).toHaveBeenCalledTimes(1);
    states.forEach((cb) => cb({ previous: "unavailable", current: "connected" }));
    expect(onReconnect).toHaveBeenCalledTimes(2);

    leave();
    expect(subscribed.has("private-staff")).toBe(true);
    leave2();
    expect(subscribed.has("private-staff")).toBe(false);
  });
});
