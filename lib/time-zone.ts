/** The zone times are shown in until the browser has told the server its own (the company's zone). */
export const defaultTimeZone = "Europe/Paris";

/** The browser writes its time zone here, so the server renders times as the viewer's clock shows them. */
export const timeZoneCookie = "TZ";

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The viewer's zone from its cookie, or the default one when absent or unknown. */
export function resolveTimeZone(cookieValue: string | undefined): string {
  return isTimeZone(cookieValue) ? cookieValue : defaultTimeZone;
}
