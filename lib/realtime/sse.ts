/**
 * Server-Sent Events framing and the stream's cursor: pure functions, shared by the stream route
 * and its tests. One message carries one event of any channel the connection asked for; `id:` is the
 * event's row id, which the browser hands back as `Last-Event-ID` (or `lastEventId`) to be replayed
 * what it missed.
 */

/** What the browser receives in a message's `data:` line. */
export type StreamMessage = { channel: string; event: string; data: unknown };

const encoder = new TextEncoder();

/** One event: `id:` and one `data:` line per line of its JSON (JSON.stringify never breaks lines; still safe). */
export function sseEvent(id: string, message: StreamMessage): string {
  const lines = JSON.stringify(message).split(/\r\n|\r|\n/);
  return `id: ${id}\n${lines.map((line) => `data: ${line}`).join("\n")}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies and load balancers from closing an idle stream. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}

/** How long EventSource waits before its own reconnection (the hook closes and reconnects itself with backoff). */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

/** The server is about to end this stream on purpose (shutdown, lifetime): reconnect at once, from the last id. */
export const reconnectEvent = "reconnect";
export function sseReconnect(): string {
  return `event: ${reconnectEvent}\ndata: {}\n\n`;
}

export function encodeSse(text: string): Uint8Array {
  return encoder.encode(text);
}

const maxBigint = 9223372036854775807n;

/** A cursor is a row id: digits, within PostgreSQL's bigint. Anything else is no cursor. */
export function parseEventId(value: string | null | undefined): bigint | null {
  const text = value?.trim();
  if (!text || !/^\d{1,19}$/.test(text)) return null;
  const id = BigInt(text);
  return id <= maxBigint ? id : null;
}

/**
 * Where a connection starts: after the later of the `Last-Event-ID` header (set by the browser when
 * EventSource reconnects by itself) and the `lastEventId` query parameter (set by the hook when it
 * reopens the stream). Null: live events only, nothing replayed.
 */
export function streamCursor(header: string | null | undefined, query: string | null | undefined): bigint | null {
  const ids = [parseEventId(header), parseEventId(query)].filter((id): id is bigint => id !== null);
  if (ids.length === 0) return null;
  return ids.reduce((a, b) => (b > a ? b : a));
}

/** `a,b,,a` → `["a", "b"]`: trimmed, without empties or repeats, in the order given. */
export function parseChannelList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(",").map((c) => c.trim()))].filter(Boolean);
}
