import { getLocale, getTranslations } from "next-intl/server";
import { valueWithUnit } from "@/components/livepulse/alerts/alert-text";
import { alertNames, livepulseNames } from "@/components/livepulse/names-server";
import type { AlertMetricName, AlertSourceName } from "@/lib/livepulse/alerts/schemas";

/**
 * What the alerts page's server cards write with: their messages, metric names, values with units,
 * the locale, rule and check names, alert names, and where a raised alert comes from.
 */
export async function alertText() {
  const [t, tMetric, tUnit, locale, nameOf, alertName] = await Promise.all([
    getTranslations("livepulseAlerts"),
    getTranslations("alertMetric"),
    getTranslations("alertUnit"),
    getLocale(),
    livepulseNames(),
    alertNames(),
  ]);
  const unit = (metric: string, value: number) => valueWithUnit(metric as AlertMetricName, value, tUnit as never, locale);
  /** "Raised by Alice" or "From alertmanager": who raised an alert that no rule fired. */
  const origin = (alert: { source: AlertSourceName; sourceName: string | null; raisedBy: { name: string } | null }) =>
    alert.source === "MANUAL"
      ? t("raisedBy", { name: alert.raisedBy?.name ?? "—" })
      : t("raisedFrom", { source: alert.sourceName ?? alert.raisedBy?.name ?? "API" });
  return { t, tMetric, unit, locale, nameOf, alertName, origin };
}
