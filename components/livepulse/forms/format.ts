/** How the form analytics figures read: shares as percents, times as minutes and seconds. */
export function percentFormatter(locale: string) {
  const format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-IE", { style: "percent", maximumFractionDigits: 1 });
  return (share: number) => format.format(share);
}

export function durationParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.round(ms / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
