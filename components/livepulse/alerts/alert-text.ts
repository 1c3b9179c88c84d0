import type { AlertComparatorName, AlertMetricName } from "@/lib/livepulse/alerts/schemas";

export const comparatorSymbols: Record<AlertComparatorName, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

/** A metric's value with its unit in the reader's number format, e.g. `7,5 %`, `1 166,67 ms`, `12/min`. */
export function valueWithUnit(
  metric: AlertMetricName,
  value: number,
  translate: (key: string, values: { value: string }) => string,
  locale: string,
) {
  const number = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 });
  return translate(metric, { value: number.format(value) });
}
