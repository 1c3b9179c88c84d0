import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// scrypt with N=2^15 costs ~32 MiB and tens of milliseconds per hash: slow on purpose.
const params = { N: 32768, r: 8, p: 1, keylen: 64 };

/**
 * A salted scrypt hash: `scrypt$N$r$p$salt$hash` (base64url). `cost` (scrypt's N) is lowered by the
 * tests only, which create hundreds of users: the same format, which `verifyPassword` checks at the
 * cost written in it.
 */
export async function hashPassword(password: string, cost: number = params.N): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, params.keylen, { ...params, N: cost, maxmem: 128 * cost * params.r * 2 });
  return ["scrypt", cost, params.r, params.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split("$");
  if (scheme !== "scrypt" || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, "base64url");
  const N = Number(n);
  const options = { N, r: Number(r), p: Number(p), maxmem: 128 * N * Number(r) * 2 };
  const actual = await scrypt(password, Buffer.from(saltText, "base64url"), expected.length, options);
  return timingSafeEqual(actual, expected);
}
