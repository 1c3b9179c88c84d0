/**
 * A calendar day's first instant in a time zone: the audit log's period is in days as the reader's
 * clock shows them, and the database keeps UTC.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  // The zone's offset near that midnight; a second pass settles days whose offset changes overnight.
  let guess = utcMidnight.getTime() - offsetMs(utcMidnight, timeZone);
  guess = utcMidnight.getTime() - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instant after a calendar day ends in a time zone (the next day's start). */
export function endOfDayIn(day: string, timeZone: string): Date {
  const next = new Date(`${day}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfDayIn(next.toISOString().slice(0, 10), timeZone);
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}
