/**
 * Which events concern a page: each key of `match` must be in the event's data, equal to the
 * value given (or, for a list such as a bulk event's `ids`, contain it); `true` accepts any value.
 * A bulk event without its list (too many ids) concerns everyone. No `match`: every event counts.
 */
export type EventMatch = Record<string, string | true>;

export function matchesEvent(data: Record<string, unknown>, match: EventMatch | undefined): boolean {
  if (!match) return true;
  return Object.entries(match).every(([key, expected]) => {
    if (key === "id" && !("id" in data) && "ids" in data) {
      const ids = data.ids;
      return ids === null || (Array.isArray(ids) && (expected === true || ids.includes(expected)));
    }
    const value = data[key];
    if (value === undefined || value === null) return false;
    if (expected === true) return true;
    return Array.isArray(value) ? value.includes(expected) : value === expected;
  });
}
