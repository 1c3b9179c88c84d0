import { createServer, type Server, type Socket } from "node:net";
import { fakeSession as session } from "./fake-session";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import PusherClient from "pusher-js";
import * as authRoutes from "@/app/api/realtime/auth/route";
import * as streamRoutes from "@/app/api/realtime/stream/route";
import type { Actor, Role } from "@/lib/auth/roles";
import { db, getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { authorizeChannel } from "@/lib/realtime/authorize";
import { channels } from "@/lib/realtime/channels";
import { realtimeClientConfig } from "@/lib/realtime/config";
import { publish } from "@/lib/realtime/publish";
import { createPusher, triggerEvent } from "@/lib/realtime/pusher-server";
import { closeAllStreams, openEventStream } from "@/lib/realtime/stream";
import { notifyPayloadLimit, StreamHub, streamHub, type StreamEvent } from "@/lib/realtime/stream-hub";
import { createUser } from "./helpers";

const onPostgres = getDatabase().kind === "postgresql";
const pusherSettings = env.realtime.transport === "pusher" ? env.realtime.pusher : null;

type TestUser = Awaited<ReturnType<typeof createUser>>;
let customer: TestUser;
let otherCustomer: TestUser;
let seller: TestUser;
let support: TestUser;
let admin: TestUser;
let ownTicket: string;
let otherTicket: string;

const hubs: StreamHub[] = [];
function newHub(): StreamHub {
  const hub = new StreamHub({ databaseUrl: env.databaseUrl, reconnectMs: 50 });
  hubs.push(hub);
  return hub;
}

function signIn(user: { id: string; role: Role; name: string; email: string } | null) {
  session.user = user ? { id: user.id, role: user.role, name: user.name, email: user.email } : null;
}

async function ticketFor(customerId: string): Promise<string> {
  const ticket = await db.cRMTicket.create({ data: { subject: "Site down", description: "Since this morning", customerId } });
  return ticket.id;
}

/** Reads Server-Sent Events from a response body, one message at a time. */
class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = "";
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  readonly comments: string[] = [];
  /** Named events (`event:` lines), such as the server's `reconnect`. */
  readonly named: string[] = [];
  ended = false;

  constructor(response: Response) {
    this.reader = response.body!.getReader();
  }

  /** The next message with an id, or null when none comes within `timeoutMs`. */
  async next(timeoutMs = 5000): Promise<{ id: string; channel: string; event: string; data: unknown } | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = this.takeFrame();
      if (frame) return frame;
      const left = deadline - Date.now();
      if (left <= 0) return null;
      this.pending ??= this.reader.read();
      const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left));
      const result = await Promise.race([this.pending, timer]);
      if (result === "timeout") return null;
      this.pending = null;
      if (result.done) {
        this.ended = true;
        return null;
      }
      this.buffer += this.decoder.decode(result.value, { stream: true });
    }
  }

  private takeFrame() {
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end < 0) return null;
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: string | null = null;
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
        else if (line.startsWith("id: ")) id = line.slice(4);
        else if (line.startsWith("event: ")) this.named.push(line.slice(7));
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (id !== null && data.length > 0)
        return { id, ...(JSON.parse(data.join("\n")) as { channel: string; event: string; data: unknown }) };
    }
  }

  async close() {
    await this.reader.cancel().catch(() => undefined);
  }
}

/** Resolves with the first event a hub delivers on `channel` that matches, or rejects after `ms`. */
function nextOn(hub: StreamHub, channel: string, match: (e: StreamEvent) => boolean = () => true, ms = 5000): Promise<StreamEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no event on ${channel} within ${ms} ms`));
    }, ms);
    const off = hub.subscribe([channel], (event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

beforeAll(async () => {
  [customer, otherCustomer, seller, support, admin] = await Promise.all([
    createUser("CUSTOMER"),
    createUser("CUSTOMER"),
    createUser("SELLER"),
    createUser("SUPPORT"),
    createUser("ADMIN"),
  ]);
  ownTicket = await ticketFor(customer.id);
  otherTicket = await ticketFor(otherCustomer.id);
});

afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
  await streamHub().close();
});

describe("channel authorization", () => {
  const may = (actor: Actor, channel: string) => authorizeChannel({ id: actor.id, role: actor.role }, channel);

  it("lets a customer join their own user and ticket channels, never another customer's or the staff's", async () => {
    expect(await may(customer, channels.user(customer.id))).toBe(true);
    expect(await may(customer, channels.ticket(ownTicket))).toBe(true);
    expect(await may(customer, channels.user(otherCustomer.id))).toBe(false);
    expect(await may(customer, channels.ticket(otherTicket))).toBe(false);
    expect(await may(customer, channels.ticket("does-not-exist"))).toBe(false);
    expect(await may(customer, channels.staff)).toBe(false);
    expect(await may(customer, channels.pipeline)).toBe(false);
    expect(await may(customer, channels.livepulse)).toBe(false);
  });

  it("lets staff join every ticket channel and the staff channel, and sellers the pipeline", async () => {
    for (const staff of [support, seller, admin]) {
      expect(await may(staff, channels.ticket(ownTicket))).toBe(true);
      expect(await may(staff, channels.ticket(otherTicket))).toBe(true);
      expect(await may(staff, channels.staff)).toBe(true);
      expect(await may(staff, channels.user(customer.id))).toBe(false);
    }
    expect(await may(seller, channels.pipeline)).toBe(true);
    expect(await may(admin, channels.pipeline)).toBe(true);
    expect(await may(seller, channels.user(seller.id))).toBe(true);
    for (const staff of [support, seller, admin]) expect(await may(staff, channels.livepulse)).toBe(true);
  });

  it("refuses any other channel name", async () => {
    for (const name of [
      "private-unknown",
      "public",
      "presence-staff",
      `private-user-${customer.id}-x`,
      `private-user-${customer.id},private-staff`,
      `private-ticket-${ownTicket}/../staff`,
      "private-staff-extra",
      "",
    ]) {
      expect(await may(admin, name), name).toBe(false);
      expect(await may(customer, name), name).toBe(false);
    }
  });
});

describe("built-in stream", () => {
  it("delivers a published event to a subscriber of its channel only", async () => {
    const hub = newHub();
    const controller = new AbortController();
    const response = await openEventStream({
      actor: customer,
      channels: [channels.user(customer.id)],
      cursor: null,
      signal: controller.signal,
      hub,
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const reader = new SseReader(response);

    await hub.publish(channels.user(otherCustomer.id), "notification", { secret: "not yours" });
    const published = await hub.publish(channels.user(customer.id), "notification", { id: "n1", title: "Hello" });
    const received = await reader.next();
    expect(received).toEqual({
      id: published.id,
      channel: channels.user(customer.id),
      event: "notification",
      data: { id: "n1", title: "Hello" },
    });
    expect(await reader.next(300)).toBeNull();
    expect(reader.comments).toContain("connected");

    controller.abort();
    await reader.close();
    expect(hub.listenerCount(channels.user(customer.id))).toBe(0);
  });

  it("refuses (429) a stream beyond the per-address limit, and takes one again once a stream of that address ends", async () => {
    const hub = newHub();
    const channel = channels.user(customer.id);
    const open = (address: string) => {
      const controller = new AbortController();
      const opened = openEventStream({ actor: customer, channels: [channel], cursor: null, signal: controller.signal, hub, address });
      return { controller, opened };
    };
    const held = Array.from({ length: env.realtimeStreamsPerAddress }, () => open("203.0.113.7"));
    await Promise.all(held.map((stream) => stream.opened));
    await expect(open("203.0.113.7").opened).rejects.toMatchObject({ code: "RATE_LIMITED", meta: { retryAfterSeconds: 30 } });
    // Another address is not held back by this one.
    const other = open("203.0.113.8");
    await expect(other.opened).resolves.toBeInstanceOf(Response);

    held[0].controller.abort();
    const again = open("203.0.113.7");
    await expect(again.opened).resolves.toBeInstanceOf(Response);
    for (const stream of [...held, other, again]) stream.controller.abort();
    expect(hub.listenerCount(channel)).toBe(0);
  });

  it("ends a stream on purpose with a reconnect event: at its lifetime, and for every open stream at shutdown", async () => {
    const hub = newHub();
    const channel = channels.user(customer.id);
    const aged = new SseReader(
      await openEventStream({ actor: customer, channels: [channel], cursor: null, signal: new AbortController().signal, hub, maxMs: 200 }),
    );
    const open = new SseReader(
      await openEventStream({ actor: customer, channels: [channel], cursor: null, signal: new AbortController().signal, hub }),
    );
    expect(await aged.next(2000)).toBeNull();
    expect(aged.ended).toBe(true);
    expect(aged.named).toEqual(["reconnect"]);
    expect(hub.listenerCount(channel)).toBe(1);
    closeAllStreams();
    expect(await open.next(1000)).toBeNull();
    expect(open.ended).toBe(true);
    expect(open.named).toEqual(["reconnect"]);
    expect(hub.listenerCount(channel)).toBe(0);
  });

  it("replays after a last event id only the missed events of the channels asked for, then streams live ones", async () => {
    const hub = newHub();
    const mine = channels.ticket(ownTicket);
    const seen = await hub.publish(mine, "ticket.comment", { n: 1 });
    const missed1 = await hub.publish(mine, "ticket.comment", { n: 2 });
    await hub.publish(channels.staff, "ticket.updated", { n: 3 });
    await hub.publish(channels.user(otherCustomer.id), "notification", { n: 4 });
    const missed2 = await hub.publish(mine, "ticket.updated", { n: 5 });

    expect((await hub.replay([mine], BigInt(seen.id))).map((e) => e.id)).toEqual([missed1.id, missed2.id]);

    const controller = new AbortController();
    const response = await openEventStream({ actor: customer, channels: [mine], cursor: BigInt(seen.id), signal: controller.signal, hub });
    const reader = new SseReader(response);
    expect(await reader.next()).toMatchObject({ id: missed1.id, data: { n: 2 } });
    expect(await reader.next()).toMatchObject({ id: missed2.id, event: "ticket.updated", data: { n: 5 } });
    const live = await hub.publish(mine, "ticket.comment", { n: 6 });
    expect(await reader.next()).toMatchObject({ id: live.id, data: { n: 6 } });
    expect(await reader.next(300)).toBeNull();
    controller.abort();
    await reader.close();
  });

  it("gives each event once when it is published while the replay is being read", async () => {
    const hub = newHub();
    const channel = channels.user(customer.id);
    const before = await hub.publish(channel, "notification", { n: 0 });
    const controller = new AbortController();
    const response = await openEventStream({
      actor: customer,
      channels: [channel],
      cursor: BigInt(before.id) - 1n,
      signal: controller.signal,
      hub,
    });
    const during = await Promise.all([1, 2, 3].map((n) => hub.publish(channel, "notification", { n })));
    const reader = new SseReader(response);
    const ids: string[] = [];
    for (let message = await reader.next(1000); message; message = await reader.next(500)) ids.push(message.id);
    expect(ids.sort()).toEqual([before.id, ...during.map((e) => e.id)].sort());
    controller.abort();
    await reader.close();
  });

  it("writes a write's events to a stream together, in one chunk, in their order", async () => {
    const hub = newHub();
    const mine = channels.ticket(ownTicket);
    const controller = new AbortController();
    const response = await openEventStream({ actor: customer, channels: [mine], cursor: null, signal: controller.signal, hub });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let opening = "";
    while (!opening.includes(": connected")) opening += decoder.decode((await reader.read()).value);
    await hub.ready();

    const published = await hub.publishMany([
      { channel: mine, event: "ticket.comment", data: { n: 1 } },
      { channel: channels.staff, event: "ticket.updated", data: { n: 2 } },
      { channel: mine, event: "ticket.updated", data: { n: 3 } },
    ]);
    const chunk = decoder.decode((await reader.read()).value);
    expect([...chunk.matchAll(/^id: (\d+)$/gm)].map((match) => match[1])).toEqual([published[0].id, published[2].id]);
    expect(chunk).not.toContain('"n":2');
    controller.abort();
    await reader.cancel().catch(() => undefined);
  });

  it("keeps a large event whole", async () => {
    const hub = newHub();
    const big = { text: "é".repeat(notifyPayloadLimit) };
    const received = nextOn(hub, channels.staff, (e) => e.event === "ticket.created");
    await hub.ready();
    const published = await hub.publish(channels.staff, "ticket.created", big);
    expect(await received).toEqual({ id: published.id, channel: channels.staff, event: "ticket.created", data: big });
  });

  it("publishes a write's events together, each once on its own channel, in the order given, a large one whole", async () => {
    const hub = newHub();
    const big = { text: "é".repeat(notifyPayloadLimit) };
    const received: StreamEvent[] = [];
    const off = hub.subscribe([channels.staff, channels.pipeline, channels.user(seller.id)], (event) => received.push(event));
    await hub.ready();
    const published = await hub.publishMany([
      { channel: channels.user(seller.id), event: "notification", data: { n: 1 } },
      { channel: channels.pipeline, event: "lead.created", data: { n: 2 } },
      { channel: channels.staff, event: "ticket.created", data: big },
    ]);
    expect(published.map((e) => e.channel)).toEqual([channels.user(seller.id), channels.pipeline, channels.staff]);
    const ids = published.map((e) => BigInt(e.id));
    expect(ids[1]).toBeGreaterThan(ids[0]);
    expect(ids[2]).toBeGreaterThan(ids[1]);
    for (let waited = 0; received.length < 3 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 100));
    off();
    expect(received).toEqual(published);
    expect(await hub.publishMany([])).toEqual([]);
  });

  it("prunes events older than a day", async () => {
    const hub = newHub();
    const old = await db.realtimeEvent.create({
      data: { channel: channels.staff, event: "ticket.updated", data: {}, createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    const fresh = await hub.publish(channels.staff, "ticket.updated", {});
    await hub.prune();
    expect(await db.realtimeEvent.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.realtimeEvent.findUnique({ where: { id: BigInt(fresh.id) } })).not.toBeNull();
  });

  it("hands a signed-in user the latest event id as the starting cursor, nothing to a visitor", async () => {
    expect(await realtimeClientConfig(null)).toBeNull();
    const config = await realtimeClientConfig({ id: customer.id, role: "CUSTOMER", name: customer.name, email: customer.email });
    if (pusherSettings) {
      expect(config).toMatchObject({ transport: "pusher", key: pusherSettings.key });
      expect(JSON.stringify(config)).not.toContain(pusherSettings.secret);
    } else {
      expect(config).toEqual({ transport: "stream", cursor: await streamHub().latestId() });
    }
  });
});

describe.runIf(onPostgres)("built-in stream across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("delivers an event published through one instance to the subscribers of both", async () => {
    const [one, two] = [newHub(), newHub()];
    const channel = channels.pipeline;
    const onOne = nextOn(one, channel);
    const onTwo = nextOn(two, channel);
    await Promise.all([one.ready(), two.ready()]);
    expect(await one.listenerPid()).not.toBe(await two.listenerPid());
    const published = await one.publish(channel, "lead.created", { leadId: "l1" });
    expect(await onOne).toEqual(published);
    expect(await onTwo).toEqual(published);
  });

  it("reconnects a dropped listening connection and catches up what was published meanwhile", async () => {
    const [publisher, listener] = [newHub(), newHub()];
    const channel = channels.ticket(otherTicket);
    const received: StreamEvent[] = [];
    listener.subscribe([channel], (event) => received.push(event));
    await listener.ready();
    const pid = await listener.listenerPid();
    await db.$queryRawUnsafe(`SELECT pg_terminate_backend(${Number(pid)})`);
    const whileDown = await publisher.publish(channel, "ticket.updated", { n: 1 });
    await vi.waitFor(async () => expect(await listener.listenerPid()).not.toBeNull(), { timeout: 20_000, interval: 50 });
    expect(await listener.listenerPid()).not.toBe(pid);
    const afterwards = await publisher.publish(channel, "ticket.updated", { n: 2 });
    await vi.waitFor(() => expect(received.map((e) => e.id)).toEqual([whileDown.id, afterwards.id]), { timeout: 20_000 });
  });
});

describe.runIf(!pusherSettings)("publish() on the built-in stream", () => {
  it("reaches the process-wide hub's subscribers", async () => {
    const channel = channels.user(seller.id);
    const received = nextOn(streamHub(), channel);
    await streamHub().ready();
    await publish(channel, "notification", { title: "New lead" });
    expect(await received).toMatchObject({ channel, event: "notification", data: { title: "New lead" } });
  });
});

describe("stream route", () => {
  const get = (query: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    streamRoutes.GET(new NextRequest(`http://localhost/api/realtime/stream?${query}`, { headers, signal }), {
      params: Promise.resolve({}),
    });

  it("refuses a visitor (401) and a channel the user may not join (403), in the error shape", async () => {
    signIn(null);
    // With Pusher configured the built-in stream is not there, for anyone.
    expect((await get(`channels=${channels.user(customer.id)}`)).status).toBe(pusherSettings ? 404 : 401);
    signIn(customer);
    const refused = await get(`channels=${channels.user(customer.id)},${channels.staff}`);
    expect(refused.status).toBe(pusherSettings ? 404 : 403);
    expect(await refused.json()).toMatchObject({ error: { code: pusherSettings ? "NOT_FOUND" : "FORBIDDEN" } });
    expect((await get("channels=")).status).toBe(422);
  });

  it.runIf(!pusherSettings)("streams the replay after Last-Event-ID, then live events", async () => {
    signIn(customer);
    const channel = channels.user(customer.id);
    const first = await streamHub().publish(channel, "notification", { n: 1 });
    const second = await streamHub().publish(channel, "notification", { n: 2 });
    const controller = new AbortController();
    const response = await get(`channels=${channel}`, { "Last-Event-ID": first.id }, controller.signal);
    expect(response.status).toBe(200);
    const reader = new SseReader(response);
    expect(await reader.next()).toMatchObject({ id: second.id, data: { n: 2 } });
    await publish(channel, "notification", { n: 3 });
    expect(await reader.next()).toMatchObject({ data: { n: 3 } });
    controller.abort();
    await reader.close();
  });
});

describe("Pusher outage", () => {
  const keys = [
    "PUSHER_APP_ID",
    "PUSHER_KEY",
    "PUSHER_SECRET",
    "PUSHER_HOST",
    "PUSHER_PORT",
    "PUSHER_USE_TLS",
    "PUSHER_CLUSTER",
    "PUSHER_TIMEOUT_MS",
  ];
  let saved: Record<string, string | undefined>;
  let silent: Server;
  let silentPort: number;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
    // Accepts connections and never answers: a server that hangs.
    silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    vi.resetModules();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  /** publish() as the app would run it with these Pusher settings. */
  async function publishWith(port: number, timeoutMs: number) {
    Object.assign(process.env, {
      PUSHER_APP_ID: "outage",
      PUSHER_KEY: "outage-key",
      PUSHER_SECRET: "outage-secret",
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: String(port),
      PUSHER_USE_TLS: "false",
      PUSHER_TIMEOUT_MS: String(timeoutMs),
    });
    vi.resetModules();
    const { logger } = await import("@/lib/logger");
    const logged = vi.spyOn(logger, "error");
    const fresh = await import("@/lib/realtime/publish");
    const started = performance.now();
    await expect(fresh.publish(channels.staff, "ticket.updated", { id: "t1" })).resolves.toBeUndefined();
    return { ms: performance.now() - started, logged };
  }

  it("resolves at once and logs when nothing listens on the port", async () => {
    // A refused connection ends long before the timeout, however busy the machine.
    const { ms, logged } = await publishWith(1, 5000);
    expect(ms).toBeLessThan(2500);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ channel: channels.staff, transport: "pusher" }),
      expect.stringMatching(/publish failed/),
    );
  });

  it("gives up after the timeout when the server hangs", async () => {
    const { ms, logged } = await publishWith(silentPort, 500);
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(4000);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});

describe.runIf(pusherSettings)("Pusher transport through soketi", () => {
  const clients: PusherClient[] = [];
  /** Status of each answer of the auth route, by channel. */
  const authStatus = new Map<string, number>();

  afterAll(() => {
    for (const client of clients) client.disconnect();
  });

  /** A real pusher-js client (Node build), authorized by the auth route itself, as the signed-in `user`. */
  function connect(user: TestUser) {
    const settings = pusherSettings!;
    const client = new PusherClient(settings.key, {
      cluster: "",
      wsHost: settings.host,
      wsPort: settings.port,
      forceTLS: settings.useTLS,
      enabledTransports: ["ws"],
      disableStats: true,
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) => {
          signIn(user);
          const request = new NextRequest("http://localhost/api/realtime/auth", {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }).toString(),
          });
          authRoutes.POST(request, { params: Promise.resolve({}) }).then(
            async (response) => {
              authStatus.set(channelName, response.status);
              const body = await response.json();
              if (response.ok) callback(null, body);
              else callback(Object.assign(new Error(body.error.message), { status: response.status }), null);
            },
            (err: Error) => callback(err, null),
          );
        },
      },
    });
    clients.push(client);
    return client;
  }

  function subscribed(client: PusherClient, channel: string): Promise<ReturnType<PusherClient["subscribe"]>> {
    return new Promise((resolve, reject) => {
      const subscription = client.subscribe(channel);
      subscription.bind("pusher:subscription_succeeded", () => resolve(subscription));
      subscription.bind("pusher:subscription_error", (error: { type: string; error: string }) => reject(error));
    });
  }

  it("delivers a published event to a private channel joined through the auth route", async () => {
    const client = connect(customer);
    const channel = await subscribed(client, channels.user(customer.id));
    const received = new Promise<unknown>((resolve) => channel.bind("notification", resolve));
    const started = performance.now();
    await publish(channels.user(customer.id), "notification", { id: "n-pusher", title: "Over soketi" });
    expect(await received).toEqual({ id: "n-pusher", title: "Over soketi" });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses another customer's channel with 403", async () => {
    const client = connect(customer);
    for (const channel of [channels.user(otherCustomer.id), channels.ticket(otherTicket), channels.staff]) {
      await expect(subscribed(client, channel)).rejects.toMatchObject({ type: "AuthError", error: "You may not join this channel." });
      expect(authStatus.get(channel)).toBe(403);
    }
    expect(authStatus.get(channels.user(customer.id))).toBe(200);
  });

  it("treats soketi's 200 {code: 401} answer to a wrongly signed trigger as a failure", async () => {
    const wrong = createPusher({ ...pusherSettings!, secret: "not-the-secret" });
    await expect(triggerEvent(wrong, channels.staff, "ticket.updated", {})).rejects.toThrow(/401/);
  });
});

describe.runIf(!pusherSettings)("Pusher auth route without Pusher", () => {
  it("answers 404", async () => {
    signIn(customer);
    const response = await authRoutes.POST(
      new NextRequest("http://localhost/api/realtime/auth", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `socket_id=1.2&channel_name=${channels.user(customer.id)}`,
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(404);
  });
});
