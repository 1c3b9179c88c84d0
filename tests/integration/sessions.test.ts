import { afterEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import * as me from "@/app/api/me/route";
import * as leads from "@/app/api/crm/leads/route";
import * as userAccess from "@/app/api/users/[id]/route";
import { forgetSessions } from "@/lib/auth/session-state";
import { endSession } from "@/lib/auth/sessions";
import { db, getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { channels } from "@/lib/realtime/channels";
import { openEventStream } from "@/lib/realtime/stream";
import { actAs, fakeSession } from "./fake-session";
import { callRoute as call, createUser, streamState, jsonInit, type TestUser as User } from "./helpers";

/** Signs `user` in as a new session begun at `ver`; returns its id. */
function signIn(user: User, ver = 0): string {
  actAs(user, { sid: randomUUID(), ver });
  return fakeSession.sid;
}

const patch = (body: unknown): RequestInit => jsonInit("PATCH", body);

/** Calls `handler` as the session in `sid` of `user` (begun at `ver`), leaving the current one as it was. */
async function as<T>(user: User, sid: string, ver: number, run: () => Promise<T>): Promise<T> {
  const saved = { ...fakeSession };
  actAs(user, { sid, ver });
  try {
    return await run();
  } finally {
    Object.assign(fakeSession, saved);
  }
}

afterEach(() => {
  fakeSession.user = null;
});

describe("sessions that end", () => {
  it("a signed-out session is refused from its next request on, and the logout is audited", async () => {
    const user = await createUser("SELLER");
    const sid = signIn(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    await endSession({ sid, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) });
    const after = await call(me.GET, "/api/me");
    expect(after.status).toBe(401);
    expect(await db.auditLog.count({ where: { action: "auth.logout", entityId: user.id } })).toBe(1);
    // Another session of the same user goes on.
    signIn(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
  });

  it("a role change ends every session of the account at once; the next one has the new role", async () => {
    const admin = await createUser("ADMIN");
    const seller = await createUser("SELLER");
    const sellerSid = randomUUID();
    expect((await as(seller, sellerSid, 0, () => call(leads.GET, "/api/crm/leads"))).status).toBe(200);

    signIn(admin);
    const changed = await call(userAccess.PATCH, `/api/users/${seller.id}`, patch({ role: "CUSTOMER" }), { id: seller.id });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id: seller.id, role: "CUSTOMER", disabled: false });

    expect((await as(seller, sellerSid, 0, () => call(leads.GET, "/api/crm/leads"))).status).toBe(401);
    // Signed in again (the session carries the new version): a customer now.
    expect((await as(seller, randomUUID(), 1, () => call(leads.GET, "/api/crm/leads"))).status).toBe(403);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.role_change", entityId: seller.id } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { role: "SELLER" }, after: { role: "CUSTOMER" } });
  });

  it("disabling ends every session, and the account cannot start another until re-enabled", async () => {
    const admin = await createUser("ADMIN");
    const leaver = await createUser("SUPPORT");
    expect((await as(leaver, "leaver-session", 0, () => call(me.GET, "/api/me"))).status).toBe(200);
    signIn(admin);
    expect((await call(userAccess.PATCH, `/api/users/${leaver.id}`, patch({ disabled: true }), { id: leaver.id })).status).toBe(200);
    expect((await as(leaver, "leaver-session", 0, () => call(me.GET, "/api/me"))).status).toBe(401);
    expect((await as(leaver, "leaver-new", 1, () => call(me.GET, "/api/me"))).status).toBe(401);
    expect((await call(userAccess.PATCH, `/api/users/${leaver.id}`, patch({ disabled: false }), { id: leaver.id })).status).toBe(200);
    expect((await as(leaver, "leaver-again", 2, () => call(me.GET, "/api/me"))).status).toBe(200);
  });

  it("only an admin changes access, with a real change, on an account that exists", async () => {
    const seller = await createUser("SELLER");
    const admin = await createUser("ADMIN");
    signIn(seller);
    expect((await call(userAccess.PATCH, `/api/users/${admin.id}`, patch({ role: "SELLER" }), { id: admin.id })).status).toBe(403);
    signIn(admin);
    expect((await call(userAccess.PATCH, "/api/users/nobody", patch({ role: "SELLER" }), { id: "nobody" })).status).toBe(404);
    const empty = await call(userAccess.PATCH, `/api/users/${seller.id}`, patch({}), { id: seller.id });
    expect(empty.status).toBe(422);
    const unknown = await call(userAccess.PATCH, `/api/users/${seller.id}`, patch({ role: "ROOT" }), { id: seller.id });
    expect(unknown.status).toBe(422);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", sessionVersion: 0 });
  });

  it.runIf(env.realtime.transport === "stream")("an open realtime stream closes when its session ends", async () => {
    const user = await createUser("CUSTOMER");
    const sid = randomUUID();
    const other = randomUUID();
    const open = (session: string) =>
      openEventStream({
        actor: user,
        sid: session,
        channels: [channels.user(user.id)],
        cursor: null,
        signal: new AbortController().signal,
      });
    const ending = (await open(sid)).body!.getReader();
    const staying = (await open(other)).body!.getReader();
    await endSession({ sid, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) });
    expect(await streamState(ending, 5000)).toBe("closed");
    expect(await streamState(staying, 300)).toBe("open");
    await staying.cancel();
  });

  it("the last active admin can be neither demoted nor disabled", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { disabled: true } });
    const last = await createUser("ADMIN");
    signIn(last);
    for (const change of [{ role: "SELLER" }, { disabled: true }]) {
      const refused = await call(userAccess.PATCH, `/api/users/${last.id}`, patch(change), { id: last.id });
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.fields).toEqual({ role: ["lastAdmin"] });
    }
    const second = await createUser("ADMIN");
    expect((await call(userAccess.PATCH, `/api/users/${second.id}`, patch({ role: "SUPPORT" }), { id: second.id })).status).toBe(200);
  });
});

describe("the database unreachable", () => {
  it("answers a signed-in caller 503 with Retry-After, never 'sign in', and recovers by itself", async () => {
    const user = await createUser("SELLER");
    signIn(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const holder = globalThis as unknown as { __database?: ReturnType<typeof getDatabase> };
    const real = holder.__database!;
    // Nothing listens on port 1: the same failure as a database server that went away.
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgres://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }),
    });
    holder.__database = { ...real, client: unreachable };
    forgetSessions({ userId: user.id });
    try {
      const down = await call(me.GET, "/api/me");
      expect(down.status).toBe(503);
      expect(Number(down.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await down.json()).error.code).toBe("UNAVAILABLE");
    } finally {
      holder.__database = real;
      await unreachable.$disconnect();
    }
    expect((await call(me.GET, "/api/me")).status).toBe(200);
  });
});
