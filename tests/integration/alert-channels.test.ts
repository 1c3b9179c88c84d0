import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as channelRoute from "@/app/api/livepulse/alert-channels/[id]/route";
import * as secretRoute from "@/app/api/livepulse/alert-channels/[id]/secret/route";
import * as testRoute from "@/app/api/livepulse/alert-channels/[id]/test/route";
import * as channelsRoute from "@/app/api/livepulse/alert-channels/route";
import * as deliveriesRoute from "@/app/api/livepulse/alert-deliveries/route";
import { db } from "@/lib/db";
import { jobRunner } from "@/lib/jobs/runner";
import { Leadership } from "@/lib/jobs/leader";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { deliveryRetryDelayMs } from "@/lib/livepulse/channels/backoff";
import { createAlertChannel } from "@/lib/livepulse/channels/create-alert-channel";
import { deliverDueAlerts } from "@/lib/livepulse/channels/deliver-alerts";
import { alertChannelSchema, type AlertChannelInput } from "@/lib/livepulse/channels/schemas";
import { sendChannelTest } from "@/lib/livepulse/channels/send-channel-test";
import { signatureHeaders, verifyWebhookSignature } from "@/lib/livepulse/channels/verify-signature";
import { callRouteAs as call, createUser, jsonInit as json, type TestUser as User } from "./helpers";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1: records what it gets and answers the statuses it is told, then 200. */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  let hang = false;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (hang) return; // never answers: the sender's timeout ends the attempt
      response.writeHead(statuses.shift() ?? 200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (...next: number[]) => statuses.push(...next),
    hang: (on: boolean) => (hang = on),
    close: () => new Promise<void>((resolve) => server.closeAllConnections() ?? server.close(() => resolve())),
  };
}

/** A port nothing listens on: connections are refused at once. */
async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hook`;
}

let admin: User;
let support: User;
let seller: User;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let slack: Awaited<ReturnType<typeof startReceiver>>;
let slow: Awaited<ReturnType<typeof startReceiver>>;

const channel = (input: AlertChannelInput) => createAlertChannel(admin, alertChannelSchema.parse(input));
const deliveriesOf = (channelId: string) => db.alertDelivery.findMany({ where: { channelId }, orderBy: { createdAt: "asc" } });

/** A monitor down and a rule watching it, sending to `channelIds`. */
async function firingRule(channelIds: string[]) {
  const check = await db.serviceCheck.create({ data: { name: "Vitrine", kind: "TCP", target: "127.0.0.1:9", lastStatus: "DOWN" } });
  const rule = await createAlertRule(
    admin,
    alertRuleSchema.parse({
      name: "Vitrine en panne",
      metric: "MONITOR_DOWN",
      comparator: "GTE",
      threshold: 1,
      windowMinutes: 1,
      severity: "CRITICAL",
      serviceCheckId: check.id,
      channelIds,
    }),
  );
  return { check, rule };
}

beforeAll(async () => {
  admin = await createUser("ADMIN");
  support = await createUser("SUPPORT");
  seller = await createUser("SELLER");
  [receiver, slack, slow] = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
});
afterAll(async () => {
  slow.hang(false);
  await Promise.all([receiver.close(), slack.close(), slow.close()]);
});
afterEach(async () => {
  await db.alertRule.deleteMany();
  await db.alertChannel.deleteMany({ where: { id: { not: "channel_staff_email" } } });
  await db.serviceCheck.deleteMany({ where: { builtin: false } });
  await db.emailMessage.deleteMany();
  receiver.received.length = 0;
  slack.received.length = 0;
  slow.received.length = 0;
});

describe("a webhook channel", () => {
  it("receives a payload signed as documented when a rule fires, which a replay or a stale timestamp fails", async () => {
    const hook = await channel({ name: "Astreinte", kind: "WEBHOOK", url: receiver.url });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const { rule } = await firingRule([hook.id]);

    expect(await evaluateAlerts()).toMatchObject({ fired: 1 });
    // Written with the alert, sent only by the delivery run.
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(hook.id)).map((d) => d.status)).toEqual(["PENDING"]);
    expect(await deliverDueAlerts()).toMatchObject({ delivered: 1 });

    const [request] = receiver.received;
    const seen = new Set<string>();
    expect(verifyWebhookSignature(hook.secret!, request.body, request.headers, seen)).toEqual({ ok: true });
    const [delivery] = await deliveriesOf(hook.id);
    expect(request.headers[signatureHeaders.delivery]).toBe(delivery.id);
    expect(request.headers["content-type"]).toBe("application/json");
    const alert = await db.alert.findFirstOrThrow({ where: { ruleId: rule.id } });
    expect(JSON.parse(request.body)).toEqual({
      event: "alert.fired",
      alert: {
        id: alert.id,
        status: "firing",
        source: "RULE",
        title: "Vitrine en panne",
        severity: "CRITICAL",
        value: 1,
        condition: "1 ≥ 1 · 1 min",
        details: null,
        sourceName: null,
        sourceLink: null,
        firedAt: alert.firedAt.toISOString(),
        resolvedAt: null,
      },
      rule: { id: rule.id, name: "Vitrine en panne", metric: "MONITOR_DOWN", comparator: "GTE", threshold: 1, windowMinutes: 1 },
      link: expect.stringMatching(/\/livepulse\/alerts$/),
    });
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 1, responseStatus: 200, alertId: alert.id, event: "FIRED" });

    // The same request played again is refused; so is one whose timestamp is over five minutes old.
    expect(verifyWebhookSignature(hook.secret!, request.body, request.headers, seen)).toEqual({ ok: false, reason: "replay" });
    const later = Number(request.headers[signatureHeaders.timestamp]) + 301;
    expect(verifyWebhookSignature(hook.secret!, request.body, request.headers, new Set(), later)).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature("whsec_wrong", request.body, request.headers, new Set())).toEqual({ ok: false, reason: "signature" });

    // Resolution is announced too.
    await db.serviceCheck.updateMany({ data: { lastStatus: "UP" } });
    expect(await evaluateAlerts()).toMatchObject({ resolved: 1 });
    await deliverDueAlerts();
    const resolved = JSON.parse(receiver.received[1].body);
    expect(resolved).toMatchObject({
      event: "alert.resolved",
      alert: { id: alert.id, status: "resolved", resolvedAt: expect.any(String) },
    });
    expect(verifyWebhookSignature(hook.secret!, receiver.received[1].body, receiver.received[1].headers, seen)).toEqual({ ok: true });
  });

  it("answering 500 then 200 gets a retry after the backoff, recorded with its attempts", async () => {
    const hook = await channel({ name: "Instable", kind: "WEBHOOK", url: receiver.url });
    await firingRule([hook.id]);
    await evaluateAlerts();
    receiver.answer(500);
    const start = new Date();
    expect(await deliverDueAlerts({ now: start })).toMatchObject({ delivered: 0, retried: 1 });
    let [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: 500, lastError: "HTTP 500: ok" });
    expect(delivery.nextAttemptAt.getTime()).toBe(start.getTime() + deliveryRetryDelayMs(1));

    // Not before the backoff has passed.
    expect(await deliverDueAlerts({ now: new Date(start.getTime() + deliveryRetryDelayMs(1) - 1000) })).toMatchObject({ delivered: 0 });
    expect(receiver.received).toHaveLength(1);
    expect(await deliverDueAlerts({ now: new Date(start.getTime() + deliveryRetryDelayMs(1)) })).toMatchObject({ delivered: 1 });
    [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 2, lastError: null, responseStatus: 200 });
    // Both attempts carried the same delivery id, each with its own timestamp and a valid signature.
    expect(receiver.received.map((r) => r.headers[signatureHeaders.delivery])).toEqual([delivery.id, delivery.id]);
    const secret = (await db.alertChannel.findUniqueOrThrow({ where: { id: hook.id } })).secret!;
    expect(verifyWebhookSignature(secret, receiver.received[1].body, receiver.received[1].headers, new Set())).toEqual({ ok: true });
  });

  it("that fails (refused, or no answer in time) stops neither the evaluation nor the other channels", async () => {
    const refused = await channel({ name: "Refusé", kind: "WEBHOOK", url: await refusedUrl() });
    const silent = await channel({ name: "Muet", kind: "WEBHOOK", url: slow.url });
    const good = await channel({ name: "Bon", kind: "WEBHOOK", url: receiver.url });
    slow.hang(true);
    await firingRule([refused.id, silent.id, good.id]);
    expect(await evaluateAlerts()).toMatchObject({ fired: 1 });
    // The silent receiver never answers: the round ends because its attempt is cut at 500 ms (the
    // bound is against a hang, loose for a busy machine).
    const started = Date.now();
    expect(await deliverDueAlerts({ timeoutMs: 500 })).toEqual({ delivered: 1, retried: 2, failed: 0 });
    expect(Date.now() - started).toBeLessThan(30_000);
    slow.hang(false);
    expect(receiver.received).toHaveLength(1);
    expect((await deliveriesOf(good.id))[0].status).toBe("DELIVERED");
    const [refusedDelivery] = await deliveriesOf(refused.id);
    expect(refusedDelivery).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect((await deliveriesOf(silent.id))[0]).toMatchObject({ status: "PENDING", lastError: "No answer within 500 ms" });
  });

  it("gives up after its last attempt: FAILED, with the last error", async () => {
    const refused = await channel({ name: "Disparu", kind: "WEBHOOK", url: await refusedUrl() });
    await firingRule([refused.id]);
    await evaluateAlerts();
    await db.alertDelivery.updateMany({ where: { channelId: refused.id }, data: { attempts: 7 } });
    expect(await deliverDueAlerts()).toMatchObject({ failed: 1 });
    expect((await deliveriesOf(refused.id))[0]).toMatchObject({
      status: "FAILED",
      attempts: 8,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(await deliverDueAlerts({ now: new Date(Date.now() + 86_400_000) })).toMatchObject({ delivered: 0, retried: 0, failed: 0 });
  });
});

describe("a Slack channel", () => {
  it("posts a Slack- and Mattermost-compatible {text} with one attachment, unsigned", async () => {
    const chat = await channel({ name: "Canal #ops", kind: "SLACK", url: slack.url });
    expect(chat.secret).toBeNull();
    await firingRule([chat.id]);
    await evaluateAlerts();
    await deliverDueAlerts();
    const [request] = slack.received;
    const body = JSON.parse(request.body);
    expect(body.text).toMatch(/Vitrine en panne/);
    expect(body.text).toMatch(/<http.*\/livepulse\/alerts\|/);
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]).toMatchObject({ color: "#dc2626", title: "Vitrine en panne" });
    expect(request.headers[signatureHeaders.signature]).toBeUndefined();
  });
});

describe("an EMAIL channel", () => {
  it("queues the alert email to its roles' active users and its people, as their preferences allow, and not on resolution", async () => {
    const optedOut = await createUser("SUPPORT");
    await db.user.update({ where: { id: optedOut.id }, data: { emailCategories: ["STAFF"] } });
    const disabled = await createUser("SELLER", { disabled: true });
    const mail = await channel({
      name: "Support + une vendeuse",
      kind: "EMAIL",
      emailRoles: ["SUPPORT"],
      userIds: [seller.id, disabled.id],
    });
    await firingRule([mail.id]);
    await evaluateAlerts();
    // The mail outbox gets the messages from the delivery run, not before.
    expect(await db.emailMessage.count({ where: { kind: "ALERT_FIRED" } })).toBe(0);
    await deliverDueAlerts();
    const to = (await db.emailMessage.findMany({ where: { kind: "ALERT_FIRED" } })).map((m) => m.userId);
    expect(to).toContain(support.id);
    expect(to).toContain(seller.id);
    expect(to).not.toContain(optedOut.id);
    expect(to).not.toContain(disabled.id);
    expect(to).not.toContain(admin.id);
    expect((await deliveriesOf(mail.id))[0]).toMatchObject({ status: "DELIVERED", attempts: 1 });

    await db.serviceCheck.updateMany({ data: { lastStatus: "UP" } });
    expect(await evaluateAlerts()).toMatchObject({ resolved: 1 });
    expect(await deliveriesOf(mail.id)).toHaveLength(1);
  });
});

describe("send a test", () => {
  it("delivers at once and says how it went; the log keeps it", async () => {
    const hook = await channel({ name: "Test", kind: "WEBHOOK", url: receiver.url });
    const result = await sendChannelTest(admin, hook.id);
    expect(result).toMatchObject({ status: "DELIVERED", attempts: 1, lastError: null, responseStatus: 200 });
    const body = JSON.parse(receiver.received[0].body);
    expect(body).toMatchObject({ event: "test", test: true, channel: { id: hook.id, name: "Test" } });
    expect(verifyWebhookSignature(hook.secret!, receiver.received[0].body, receiver.received[0].headers, new Set())).toEqual({ ok: true });

    const refused = await channel({ name: "Ailleurs", kind: "WEBHOOK", url: await refusedUrl() });
    const failed = await sendChannelTest(admin, refused.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    // A test is tried once: no run sends it again.
    expect(await deliverDueAlerts({ now: new Date(Date.now() + 86_400_000) })).toMatchObject({ delivered: 0, retried: 0 });

    const response = await call(deliveriesRoute.GET as never, admin, `/api/livepulse/alert-deliveries?status=FAILED`);
    expect(response.status).toBe(200);
    const log = await response.json();
    expect(log.items.map((d: { id: string }) => d.id)).toEqual([failed.id]);
    expect(log.items[0]).toMatchObject({ event: "TEST", alert: null, channel: { id: refused.id, kind: "WEBHOOK" } });

    const email = await sendChannelTest(admin, "channel_staff_email");
    expect(email.status).toBe("DELIVERED");
    expect(await db.emailMessage.count({ where: { kind: "ALERT_FIRED", userId: admin.id } })).toBe(1);
  });
});

describe("channel management", () => {
  it("is for admins only: others get 403, anonymous 401, and nothing changes", async () => {
    const hook = await channel({ name: "Privé", kind: "WEBHOOK", url: receiver.url });
    const before = {
      channels: await db.alertChannel.count(),
      audit: await db.auditLog.count(),
      deliveries: await db.alertDelivery.count(),
    };
    for (const user of [support, seller]) {
      expect((await call(channelsRoute.GET as never, user, "/api/livepulse/alert-channels")).status).toBe(403);
      const create = json("POST", { name: "Pirate", kind: "WEBHOOK", url: "https://evil.test/" });
      expect((await call(channelsRoute.POST as never, user, "/api/livepulse/alert-channels", create)).status).toBe(403);
      const params = { id: hook.id };
      expect((await call(secretRoute.GET as never, user, `/api/livepulse/alert-channels/${hook.id}/secret`, {}, params)).status).toBe(403);
      expect(
        (await call(testRoute.POST as never, user, `/api/livepulse/alert-channels/${hook.id}/test`, { method: "POST" }, params)).status,
      ).toBe(403);
      expect(
        (await call(channelRoute.DELETE as never, user, `/api/livepulse/alert-channels/${hook.id}`, { method: "DELETE" }, params)).status,
      ).toBe(403);
    }
    expect((await call(channelsRoute.GET as never, null, "/api/livepulse/alert-channels")).status).toBe(401);
    expect(receiver.received).toHaveLength(0);
    expect({
      channels: await db.alertChannel.count(),
      audit: await db.auditLog.count(),
      deliveries: await db.alertDelivery.count(),
    }).toEqual(before);
  });

  it("refuses bad input with a clear 422 naming the field, and changes nothing", async () => {
    const before = { channels: await db.alertChannel.count(), audit: await db.auditLog.count() };
    const post = (body: unknown) => call(channelsRoute.POST as never, admin, "/api/livepulse/alert-channels", json("POST", body));
    const refusals: Array<[unknown, string]> = [
      [{ name: "Hook", kind: "WEBHOOK", url: "ftp://files.test/hook" }, "url"],
      [{ name: "Hook", kind: "WEBHOOK", url: "javascript:alert(1)" }, "url"],
      [{ name: "Hook", kind: "WEBHOOK", url: `https://x.test/${"a".repeat(2100)}` }, "url"],
      [{ name: "Hook", kind: "SLACK" }, "url"],
      [{ name: "Mail", kind: "EMAIL" }, "emailRoles"],
      [{ name: "Mail", kind: "PIGEON", url: "https://x.test" }, "kind"],
      [{ name: "x", kind: "WEBHOOK", url: "https://x.test" }, "name"],
    ];
    for (const [body, field] of refusals) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect((await response.json()).error.fields).toHaveProperty(field);
    }
    const customer = await createUser("CUSTOMER");
    const withCustomer = await post({ name: "Mail", kind: "EMAIL", userIds: [customer.id] });
    expect(withCustomer.status).toBe(422);
    expect((await withCustomer.json()).error.fields).toHaveProperty("userIds");
    const unknownRule = alertRuleSchema.parse({
      name: "Règle",
      metric: "ERROR_RATE",
      comparator: "GT",
      threshold: 5,
      windowMinutes: 5,
      channelIds: ["nope"],
    });
    await expect(createAlertRule(admin, unknownRule)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { channelIds: ["channelsUnknown"] },
    });
    expect(
      (await call(testRoute.POST as never, admin, "/api/livepulse/alert-channels/nope/test", { method: "POST" }, { id: "nope" })).status,
    ).toBe(404);
    expect({ channels: await db.alertChannel.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it("lets admins create, edit, reveal and rotate the secret, and delete through the REST doors", async () => {
    const created = await call(
      channelsRoute.POST as never,
      admin,
      "/api/livepulse/alert-channels",
      json("POST", { name: "Ops", kind: "WEBHOOK", url: receiver.url }),
    );
    expect(created.status).toBe(201);
    const { id, secret } = await created.json();
    const params = { id };
    const listed = await (await call(channelsRoute.GET as never, admin, "/api/livepulse/alert-channels")).json();
    const listedOps = listed.items.find((c: { id: string }) => c.id === id);
    expect(listedOps).toMatchObject({ name: "Ops", hasSecret: true });
    expect(listedOps).not.toHaveProperty("secret");
    const revealed = await (await call(secretRoute.GET as never, admin, `/api/livepulse/alert-channels/${id}/secret`, {}, params)).json();
    expect(revealed.secret).toBe(secret);
    const rotated = await (
      await call(secretRoute.POST as never, admin, `/api/livepulse/alert-channels/${id}/secret`, { method: "POST" }, params)
    ).json();
    expect(rotated.secret).not.toBe(secret);
    const tested = await (
      await call(testRoute.POST as never, admin, `/api/livepulse/alert-channels/${id}/test`, { method: "POST" }, params)
    ).json();
    expect(tested.status).toBe("DELIVERED");
    expect(verifyWebhookSignature(rotated.secret, receiver.received[0].body, receiver.received[0].headers, new Set())).toEqual({
      ok: true,
    });
    const edited = await call(
      channelRoute.PUT as never,
      admin,
      `/api/livepulse/alert-channels/${id}`,
      json("PUT", { name: "Ops (chat)", kind: "SLACK", url: slack.url }),
      params,
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ kind: "SLACK", hasSecret: false, secret: null });
    expect(
      (await call(channelRoute.DELETE as never, admin, `/api/livepulse/alert-channels/${id}`, { method: "DELETE" }, params)).status,
    ).toBe(200);
    expect(await db.alertChannel.count({ where: { id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entity: "AlertChannel", entityId: id } })).toBe(5);
  });
});

describe("delivery", () => {
  it("runs on the jobs' leader only", async () => {
    const { jobs } = await import("@/lib/jobs/index");
    expect(jobs.find((job) => job.name === "alert-delivery")).toMatchObject({ exclusive: true });
    const hook = await channel({ name: "Leader", kind: "WEBHOOK", url: receiver.url });
    await firingRule([hook.id]);
    await evaluateAlerts();

    // Where another instance leads, the job's run does nothing.
    const follower = jobRunner(
      () => deliverDueAlerts(),
      async () => false,
      () => undefined,
    );
    await follower.runNow();
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(hook.id))[0].status).toBe("PENDING");

    const serverUrl = process.env.DATABASE_URL;
    if (serverUrl) {
      // On PostgreSQL: two instances, one lock; only the one holding it delivers.
      const key = Math.floor(Math.random() * 1_000_000);
      const first = new Leadership(serverUrl, key);
      const second = new Leadership(serverUrl, key);
      try {
        expect(await first.lead()).toBe(true);
        await jobRunner(
          () => deliverDueAlerts(),
          () => second.lead(),
          () => undefined,
        ).runNow();
        expect(receiver.received).toHaveLength(0);
        await jobRunner(
          () => deliverDueAlerts(),
          () => first.lead(),
          () => undefined,
        ).runNow();
      } finally {
        await Promise.all([first.release(), second.release()]);
      }
    } else {
      await jobRunner(
        () => deliverDueAlerts(),
        async () => true,
        () => undefined,
      ).runNow();
    }
    expect(receiver.received).toHaveLength(1);
    expect((await deliveriesOf(hook.id))[0].status).toBe("DELIVERED");
  });
});
