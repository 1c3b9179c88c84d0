import { afterEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { randomUUID } from "node:crypto";
import * as me from "@/app/api/me/route";
import * as password from "@/app/api/me/password/route";
import * as sessions from "@/app/api/me/sessions/route";
import * as session from "@/app/api/me/sessions/[id]/route";
import { authenticate } from "@/lib/auth/service";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { channels } from "@/lib/realtime/channels";
import { openEventStream } from "@/lib/realtime/stream";
import { actAs as actAsSession, fakeSession } from "./fake-session";
import { callRoute as call, createUser, streamState, jsonInit as json, type TestUser as User } from "./helpers";

/** Makes the next calls come from `user`'s session `sid` (a new one unless given); returns its id. */
function actAs(user: User, sid: string = randomUUID()): string {
  actAsSession(user, { sid });
  return sid;
}

type SessionRow = { id: string; current: boolean; browser: string | null; os: string | null; ip: string | null };
async function listSessions(): Promise<SessionRow[]> {
  const answer = await call(sessions.GET, "/api/me/sessions");
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { sessions: SessionRow[] }).sessions;
}

afterEach(() => {
  fakeSession.user = null;
});

describe("the profile", () => {
  it("refuses invalid fields next to each field and changes nothing", async () => {
    const user = await createUser("CUSTOMER");
    actAs(user);
    const refusals: Array<[unknown, Record<string, string[]>]> = [
      [{ name: "a" }, { name: ["nameTooShort"] }],
      [{ phone: "call me" }, { phone: ["phoneInvalid"] }],
      [{ locale: "de" }, { locale: [expect.any(String)] }],
      [{ company: "x".repeat(161) }, { company: ["tooLong"] }],
    ];
    for (const [body, fields] of refusals) {
      const answer = await call(me.PATCH, "/api/me", json("PATCH", body));
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect((await answer.json()).error.fields).toEqual(fields);
    }
    expect((await call(me.PATCH, "/api/me", json("PATCH", {}))).status).toBe(422);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: user.name, phone: null, locale: "fr" });
    expect(await db.auditLog.count({ where: { action: "user.profile_update", entityId: user.id } })).toBe(0);
  });

  it("saves name, company, phone and language, audited with before and after; the session's name follows", async () => {
    const user = await createUser("SUPPORT");
    actAs(user);
    const answer = await call(
      me.PATCH,
      "/api/me",
      json("PATCH", { name: "  Camille Martin ", company: "Orbite", phone: "+33 1 23 45 67 89", locale: "en" }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ name: "Camille Martin", company: "Orbite", phone: "+33 1 23 45 67 89", locale: "en" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.profile_update", entityId: user.id } });
    expect(audit).toMatchObject({
      actorId: user.id,
      before: { name: user.name, locale: "fr" },
      after: { name: "Camille Martin", locale: "en" },
    });
    // Emptied company and phone are kept as none; the same values again write nothing.
    expect(await (await call(me.PATCH, "/api/me", json("PATCH", { company: "", phone: "" }))).json()).toMatchObject({
      company: null,
      phone: null,
    });
    await call(me.PATCH, "/api/me", json("PATCH", { company: "" }));
    expect(await db.auditLog.count({ where: { action: "user.profile_update", entityId: user.id } })).toBe(2);
  });
});

describe("changing the password", () => {
  it("needs the current password: a wrong one is a field error and changes nothing", async () => {
    const user = await createUser("SELLER");
    actAs(user);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const wrong = await call(
      password.POST,
      "/api/me/password",
      json("POST", { currentPassword: "not-it-123", password: "brand-new-pass-7", confirm: "brand-new-pass-7" }),
    );
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toEqual({ currentPassword: ["passwordWrong"] });
    const differ = await call(
      password.POST,
      "/api/me/password",
      json("POST", { currentPassword: user.password, password: "brand-new-pass-7", confirm: "brand-new-pass-8" }),
    );
    expect(differ.status).toBe(422);
    expect((await differ.json()).error.fields).toEqual({ confirm: ["passwordsDiffer"] });
    const weak = await call(
      password.POST,
      "/api/me/password",
      json("POST", { currentPassword: user.password, password: "short1", confirm: "short1" }),
    );
    expect((await weak.json()).error.fields).toEqual({ password: ["passwordTooShort"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
    expect(await db.auditLog.count({ where: { action: "user.password_change", entityId: user.id } })).toBe(0);
  });

  it("ends every other session of the account at once, not this one; the new password signs in", async () => {
    const user = await createUser("CUSTOMER");
    const stranger = await createUser("CUSTOMER");
    const laptop = actAs(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const phone = actAs(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const strangers = actAs(stranger);
    expect((await call(me.GET, "/api/me")).status).toBe(200);

    actAs(user, laptop);
    const changed = await call(
      password.POST,
      "/api/me/password",
      json("POST", { currentPassword: user.password, password: "brand-new-pass-7", confirm: "brand-new-pass-7" }),
    );
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ endedSessions: 1 });

    expect((await call(me.GET, "/api/me")).status).toBe(200);
    actAs(user, phone);
    expect((await call(me.GET, "/api/me")).status).toBe(401);
    actAs(stranger, strangers);
    expect((await call(me.GET, "/api/me")).status).toBe(200);

    await expect(authenticate(user.email, user.password, "198.51.100.1")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(authenticate(user.email, "brand-new-pass-7", "198.51.100.1")).resolves.toMatchObject({ id: user.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_change", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: user.id, after: { endedSessions: 1 } });
    expect(JSON.stringify(audit)).not.toContain("brand-new-pass-7");
  });

  it("counts every attempt: past ten in the window the door answers 429", async () => {
    const user = await createUser("CUSTOMER");
    actAs(user);
    const attempt = () =>
      call(
        password.POST,
        "/api/me/password",
        json("POST", { currentPassword: "guess-00000", password: "brand-new-pass-7", confirm: "brand-new-pass-7" }),
      );
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(422);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("the account's sessions", () => {
  it("lists the open sessions with this one marked, and signs another out", async () => {
    const user = await createUser("SELLER");
    const elsewhere = actAs(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    await db.userSession.update({
      where: { sid: elsewhere },
      data: { ip: "198.51.100.20", userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0" },
    });
    const here = actAs(user);
    const listed = await listSessions();
    expect(listed).toHaveLength(2);
    expect(listed[0].current).toBe(true);
    const other = listed.find((s) => !s.current)!;
    expect(other).toMatchObject({ ip: "198.51.100.20", browser: "Firefox 121", os: "Linux" });

    const ended = await call(session.DELETE, `/api/me/sessions/${other.id}`, { method: "DELETE" }, { id: other.id });
    expect(ended.status).toBe(204);
    expect(await listSessions()).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "auth.session_end", entityId: user.id } })).toBe(1);
    // Already ended: not found. This very session: sign out instead.
    expect((await call(session.DELETE, `/api/me/sessions/${other.id}`, { method: "DELETE" }, { id: other.id })).status).toBe(404);
    const mine = (await db.userSession.findUniqueOrThrow({ where: { sid: here } })).id;
    expect((await call(session.DELETE, `/api/me/sessions/${mine}`, { method: "DELETE" }, { id: mine })).status).toBe(409);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    actAs(user, elsewhere);
    expect((await call(me.GET, "/api/me")).status).toBe(401);
  });

  it("another account's session answers 404 and stays open", async () => {
    const owner = await createUser("CUSTOMER");
    const intruder = await createUser("CUSTOMER");
    const ownerSid = actAs(owner);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const ownerSession = await db.userSession.findUniqueOrThrow({ where: { sid: ownerSid } });
    actAs(intruder);
    expect((await call(session.DELETE, `/api/me/sessions/${ownerSession.id}`, { method: "DELETE" }, { id: ownerSession.id })).status).toBe(
      404,
    );
    expect((await listSessions()).map((s) => s.id)).not.toContain(ownerSession.id);
    actAs(owner, ownerSid);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
  });

  it.runIf(env.realtime.transport === "stream")("a session signed out from the list has its open realtime stream closed", async () => {
    const user = await createUser("CUSTOMER");
    const ending = actAs(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const staying = actAs(user);
    const open = (sid: string) =>
      openEventStream({ actor: user, sid, channels: [channels.user(user.id)], cursor: null, signal: new AbortController().signal });
    const endingReader = (await open(ending)).body!.getReader();
    const stayingReader = (await open(staying)).body!.getReader();
    const id = (await listSessions()).find((s) => !s.current)!.id;
    expect((await call(session.DELETE, `/api/me/sessions/${id}`, { method: "DELETE" }, { id })).status).toBe(204);
    expect(await streamState(endingReader, 5000)).toBe("closed");
    expect(await streamState(stayingReader, 300)).toBe("open");
    await stayingReader.cancel();
  });

  it("a session that was never recorded is refused, as is one whose account signs out the others", async () => {
    const user = await createUser("SUPPORT");
    const kept = actAs(user);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    const others = [actAs(user), actAs(user)];
    for (const sid of others) {
      actAs(user, sid);
      expect((await call(me.GET, "/api/me")).status).toBe(200);
    }
    actAs(user, kept);
    const { endOtherOwnSessions } = await import("@/lib/account-settings/end-sessions");
    expect(await endOtherOwnSessions({ ...user, sid: kept })).toEqual({ endedSessions: 2 });
    for (const sid of others) {
      actAs(user, sid);
      expect((await call(me.GET, "/api/me")).status).toBe(401);
    }
    actAs(user, kept);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    // A token whose session has no row (begun before sessions were recorded, or forged with the secret) holds nothing.
    await db.userSession.delete({ where: { sid: kept } });
    const { forgetSessions } = await import("@/lib/auth/session-state");
    forgetSessions({ userId: user.id });
    expect((await call(me.GET, "/api/me")).status).toBe(401);
  });
});
