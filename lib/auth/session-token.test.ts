import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookie } from "./session-token";

const secret = "a-secret-of-at-least-thirty-two-characters";
const name = "authjs.session-token";
const claims = { sub: "user_1", sid: "session_1", ver: 2, role: "SELLER", name: "Ana", email: "ana@example.test" };

describe("reading Auth.js's session cookie", () => {
  it("reads what Auth.js wrote, under either cookie name", async () => {
    for (const salt of [name, "__Secure-authjs.session-token"]) {
      const token = await encode({ token: claims, secret, salt });
      expect(await decodeSessionToken(token, salt, [secret])).toMatchObject(claims);
      // The same token read again (the derived key kept) and under the other name's salt (refused).
      expect(await decodeSessionToken(token, salt, [secret])).toMatchObject({ sub: "user_1" });
      expect(await decodeSessionToken(token, salt === name ? "__Secure-authjs.session-token" : name, [secret])).toBeNull();
    }
  });

  it("reads a cookie of the previous secret while it is still listed", async () => {
    const token = await encode({ token: claims, secret: "the-previous-secret-still-thirty-two-chars", salt: name });
    expect(await decodeSessionToken(token, name, [secret])).toBeNull();
    expect(await decodeSessionToken(token, name, [secret, "the-previous-secret-still-thirty-two-chars"])).toMatchObject(claims);
  });

  it("refuses an expired, tampered or malformed cookie", async () => {
    const expired = await encode({ token: claims, secret, salt: name, maxAge: -60 });
    expect(await decodeSessionToken(expired, name, [secret])).toBeNull();
    const token = await encode({ token: claims, secret, salt: name });
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    expect(await decodeSessionToken(parts.join("."), name, [secret])).toBeNull();
    for (const junk of ["", "x", "a.b.c.d.e", "eyJhbGciOiJub25lIn0.e30.", "\u0000".repeat(10)]) {
      expect(await decodeSessionToken(junk, name, [secret])).toBeNull();
    }
  });

  it("stops reading a cookie once it expires, though it was read before", async () => {
    const token = await encode({ token: claims, secret, salt: name, maxAge: 3600 });
    const now = Date.now();
    expect(await decodeSessionToken(token, name, [secret], now)).toMatchObject(claims);
    expect(await decodeSessionToken(token, name, [secret], now + 1800_000)).toMatchObject(claims);
    expect(await decodeSessionToken(token, name, [secret], now + 3600_000 + 60_000)).toBeNull();
  });

  it("takes the whole cookie, or its chunks in order, the secure name first", () => {
    const jar = (cookies: Record<string, string>) => (key: string) => cookies[key];
    expect(sessionCookie(jar({}))).toBeNull();
    expect(sessionCookie(jar({ [name]: "whole" }))).toEqual({ name, value: "whole" });
    expect(sessionCookie(jar({ [`${name}.1`]: "-two", [`${name}.0`]: "one" }))).toEqual({ name, value: "one-two" });
    expect(sessionCookie(jar({ [name]: "plain", "__Secure-authjs.session-token": "secure" }))).toEqual({
      name: "__Secure-authjs.session-token",
      value: "secure",
    });
  });
});
