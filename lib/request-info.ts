import { env } from "./env";

const normalize = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address. The server appends each connection's peer to X-Forwarded-For
 * (server/socket-address.mjs), so the last entry is the peer; behind `hops` trusted proxies, each
 * of which appends its own peer, the client is that many entries further back. Whatever a client
 * wrote itself sits before them and is never read.
 */
export function clientAddress(headers: Headers, hops = env.trustedProxyHops): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  return normalize(chain[Math.max(0, chain.length - 1 - hops)]);
}

/** Whether the client reached us over HTTPS: only a trusted proxy's X-Forwarded-Proto can say so (the app itself serves HTTP). */
export function isHttps(headers: Headers, hops = env.trustedProxyHops): boolean {
  if (hops === 0) return false;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** The host (and port) the client asked for: a trusted proxy's X-Forwarded-Host, else Host. */
export function requestHost(headers: Headers, hops = env.trustedProxyHops): string | null {
  const forwarded = hops > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}
