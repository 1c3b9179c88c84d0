import type { AlertComparatorName, AlertMetricName } from "@/lib/livepulse/alerts/schemas";
import { formatValue } from "@/lib/livepulse/alerts/evaluate";

export const comparatorSymbols: Record<AlertComparatorName, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

/** A metric's value with its unit, e.g. `7.5 %`, `812 ms`, `12/min`. */
export function valueWithUnit(metric: AlertMetricName, value: number, translate: (key: string, values: { value: string }) => string) {
  return translate(metric, { value: formatValue(value) });
}
