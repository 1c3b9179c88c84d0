import { isSaneInstant } from "../input";

/**
 * A keyset cursor: the (createdAt, id) of the row a page starts after, as `<epoch ms>.<id>` in the
 * URL. Times are stored to the millisecond, so the cursor is exact; the id breaks ties between rows
 * written in the same millisecond.
 */
export type AuditCursor = { createdAt: Date; id: string };

const pattern = /^(\d{1,15})\.([A-Za-z0-9_-]{1,40})$/;

export function encodeCursor(row: AuditCursor): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

/** The cursor a URL holds, or null when it is not one. */
export function decodeCursor(value: string): AuditCursor | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const createdAt = new Date(Number(match[1]));
  // Only times a row can have: a cursor from year 30000 is no page of this log.
  return isSaneInstant(createdAt) ? { createdAt, id: match[2] } : null;
}
