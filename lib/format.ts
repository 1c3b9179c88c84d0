/** Formatting shared by server and client, in the UI's locale. */
export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-IE", { style: "currency", currency: "EUR" }).format(cents / 100);
}

export function formatDate(date: Date | string, locale: string, withTime = false): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Europe/Paris",
  }).format(new Date(date));
}

export function ticketReference(number: number): string {
  return `TK-${String(number).padStart(6, "0")}`;
}
