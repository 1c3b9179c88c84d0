import { z } from "zod";
import { AppError } from "./errors";

/*
 * What the database can hold, as schemas and checks every door and schema shares: a value outside
 * them is refused with a 4xx naming its field, never sent to PostgreSQL to fail there.
 */

/** The largest value of a PostgreSQL `integer` column (amounts in cents included). */
export const INT4_MAX = 2_147_483_647;

const earliest = Date.UTC(1900, 0, 1);
const latest = Date.UTC(3000, 0, 1);

/** True for a calendar day `YYYY-MM-DD` that exists (not 2026-02-30), from 1900 to 2999. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(at) && at >= earliest && at < latest && new Date(at).toISOString().slice(0, 10) === value;
}

/** True for an instant from 1900 to 2999: PostgreSQL stores more, but nobody means the rest. */
export function isSaneInstant(date: Date): boolean {
  const at = date.getTime();
  return !Number.isNaN(at) && at >= earliest && at < latest;
}

export const calendarDay = z.string().trim().refine(isCalendarDay, "invalidDate");

/** A date and time (ISO 8601, or a number of milliseconds) within the sane range. */
export const instant = z.coerce.date({ message: "invalidDate" }).refine(isSaneInstant, "invalidDate");

// NUL, and a UTF-16 half without its other half (JSON can carry one; it is no character at all).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store this text. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !loneSurrogate.test(text);
}

/** The paths (`items.0.name`) of the strings in a value, keys included, that PostgreSQL could not store. */
export function unstorableFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return isStorableText(value) ? [] : [path.join(".") || "_"];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableFields(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      isStorableText(key) ? unstorableFields(item, [...path, key]) : [[...path, "_"].join(".")],
    );
  }
  return [];
}

/** What a list's search box sends: trimmed, at most 100 characters, storable (pages fall back to no search). */
export const searchText = z.string().trim().max(100).refine(isStorableText, "unstorableText");

/** How deep a request's objects and arrays may nest: no form or route needs more than a few levels. */
export const maxInputDepth = 32;

/** Whether a value's objects and arrays nest deeper than `limit`, measured without recursion (so without a stack to exhaust). */
export function nestsDeeperThan(value: unknown, limit = maxInputDepth): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (!item || typeof item !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Throws a 422 unless PostgreSQL can store `value`'s text and its nesting stays within
 * `maxInputDepth`, naming the fields that hold what cannot be stored.
 */
export function assertStorableInput(value: unknown, message: string): void {
  if (nestsDeeperThan(value)) throw new AppError("VALIDATION", message, { _: ["tooDeep"] });
  const fields = unstorableFields(value);
  if (fields.length) {
    throw new AppError("VALIDATION", message, Object.fromEntries(fields.map((f) => [f, ["unstorableText"]])));
  }
}
