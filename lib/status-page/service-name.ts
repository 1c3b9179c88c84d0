/** A published service's public name in the reader's language (French unless English). */
export function serviceName(service: { nameFr: string; nameEn: string }, locale: string): string {
  return locale === "en" ? service.nameEn : service.nameFr;
}
