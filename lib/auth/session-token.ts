import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt, type JWTPayload } from "jose";

/**
 * Reads Auth.js's session cookie as Auth.js's own `decode` does (an encrypted JWT, "dir" with
 * A256CBC-HS512, or A256GCM, a key derived from the secret with HKDF, salted with the cookie's name),
 * with the derived keys kept: Auth.js derives the key and its thumbprint on every read, and its
 * `auth()` also writes a fresh cookie and a CSRF token that a request's door throws away. Signing in
 * and out, and refreshing the cookie on page loads (the proxy), stay Auth.js's.
 */

/** The cookie's names: over HTTPS Auth.js adds the `__Secure-` prefix. */
export const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

const keyLengths = { "A256CBC-HS512": 64, A256GCM: 32 } as const;
type Encryption = keyof typeof keyLengths;
const isEncryption = (enc: unknown): enc is Encryption => enc === "A256CBC-HS512" || enc === "A256GCM";

type DerivedKey = { key: Uint8Array; kid: string };
const derived = new Map<string, Promise<DerivedKey>>();

function derivedKey(secret: string, salt: string, enc: Encryption): Promise<DerivedKey> {
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    const bytes = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, keyLengths[enc]));
    key = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(bytes) }, `sha${bytes.byteLength << 3}` as "sha256" | "sha512").then(
      (kid) => ({ key: bytes, kid }),
    );
    derived.set(id, key);
  }
  return key;
}

/**
 * The session cookie's value: the whole cookie, or its chunks (`name.0`, `name.1`…) joined, as
 * Auth.js writes a value too long for one cookie. Null when there is none.
 */
export function sessionCookie(read: (name: string) => string | undefined, names: readonly string[] = sessionCookieNames) {
  for (const name of names) {
    const whole = read(name);
    if (whole) return { name, value: whole };
    const chunks: string[] = [];
    for (let index = 0; ; index++) {
      const chunk = read(`${name}.${index}`);
      if (chunk === undefined) break;
      chunks.push(chunk);
    }
    if (chunks.length > 0) return { name, value: chunks.join("") };
  }
  return null;
}

const clockToleranceSeconds = 15;

/**
 * Cookies read lately, with what they hold, the most recent last: a browser sends the same cookie
 * with every request until a page load refreshes it, and decrypting it again would give the same
 * answer. Only a cookie that was read whole and is not yet expired is kept; at most `recentLimit`.
 */
const recent = new Map<string, JWTPayload>();
const recentLimit = 2000;

/**
 * The payload of a session cookie named `name`, encrypted with one of `secrets` (the first is the
 * current one). Null when it cannot be read: tampered with, expired, from another secret, malformed.
 */
export async function decodeSessionToken(
  token: string,
  name: string,
  secrets: readonly string[],
  now = Date.now(),
): Promise<JWTPayload | null> {
  const key = `${name}=${token}`;
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    if (typeof known.exp === "number" && (known.exp + clockToleranceSeconds) * 1000 >= now) {
      recent.set(key, known);
      return known;
    }
  }
  const payload = await decrypt(token, name, secrets, now);
  if (payload) {
    recent.set(key, payload);
    if (recent.size > recentLimit) recent.delete(recent.keys().next().value!);
  }
  return payload;
}

async function decrypt(token: string, name: string, secrets: readonly string[], now: number): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(
      token,
      async ({ kid, enc }) => {
        if (!isEncryption(enc)) throw new Error("unsupported encryption");
        for (const secret of secrets) {
          const { key, kid: thumbprint } = await derivedKey(secret, name, enc);
          if (kid === undefined || kid === thumbprint) return key;
        }
        throw new Error("no matching secret");
      },
      {
        currentDate: new Date(now),
        clockTolerance: clockToleranceSeconds,
        keyManagementAlgorithms: ["dir"],
        contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"],
      },
    );
    return payload;
  } catch {
    return null;
  }
}
