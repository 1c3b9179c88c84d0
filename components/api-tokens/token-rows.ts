import type { TokenView } from "@/lib/api-tokens/queries";
import type { TokenRow } from "./token-table";

/** A token as the client table takes it: dates as ISO strings, and its owner when listed with one. */
export function tokenRow(token: TokenView & { user?: { name: string; email: string } }): TokenRow {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    status: token.status,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: token.lastUsedIp,
    ...(token.user ? { owner: { name: token.user.name, email: token.user.email } } : {}),
  };
}
