import { createHash, randomBytes } from "node:crypto";

/** What every personal API token begins with, so it is recognised (and found by secret scanners). */
export const tokenPrefix = "orb_";
const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const secretLength = 40;
const tokenPattern = new RegExp(`^${tokenPrefix}[0-9A-Za-z]{${secretLength}}$`);

/** A new token: `orb_` and 40 random base62 characters (about 238 bits). */
export function newTokenSecret(): string {
  let secret = "";
  while (secret.length < secretLength) {
    for (const byte of randomBytes(secretLength)) {
      // 248 = 4 × 62: bytes above it are dropped so every character is equally likely.
      if (byte < 248 && secret.length < secretLength) secret += alphabet[byte % 62];
    }
  }
  return tokenPrefix + secret;
}

/** What is stored of a token: its SHA-256, in hex. The token itself is shown once and never kept. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The first characters of a token, shown in lists so its owner can recognise it. */
export const displayPrefix = (token: string): string => token.slice(0, tokenPrefix.length + 8);

/** Whether a value has the shape of a token (anything else cannot be one: no lookup needed). */
export const isTokenShaped = (value: string): boolean => tokenPattern.test(value);

/**
 * The credentials of `Authorization: Bearer <credentials>`, or null when the header is absent or
 * uses another scheme. An empty or blank value is returned as "" (a bearer call that names nothing).
 */
export function bearerCredentials(authorization: string | null): string | null {
  if (authorization === null) return null;
  const match = /^\s*bearer(?:\s+|$)(.*)$/is.exec(authorization);
  return match ? match[1].trim() : null;
}
