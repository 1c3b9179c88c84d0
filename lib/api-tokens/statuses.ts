/**
 * A token's state. Kept apart from the schemas, so that the tokens list's filters do not bring the
 * validation (zod) to the browser.
 */
export const tokenStatuses = ["active", "expired", "revoked"] as const;
export type TokenStatus = (typeof tokenStatuses)[number];

/** Where a token stands at `now`. */
export function tokenStatus(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): TokenStatus {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}
