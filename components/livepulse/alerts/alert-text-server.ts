import { getLocale, getTranslations } from "next-intl/server";
import { valueWithUnit } from "@/components/livepulse/alerts/alert-text";
import type { AlertMetricName } from "@/lib/livepulse/alerts/schemas";

/** What the alerts page's server cards write with: their messages, metric names, values with units, the locale. */
export async function alertText() {
  const [t, tMetric, tUnit, locale] = await Promise.all([
    getTranslations("livepulseAlerts"),
    getTranslations("alertMetric"),
    getTranslations("alertUnit"),
    getLocale(),
  ]);
  const unit = (metric: string, value: number) => valueWithUnit(metric as AlertMetricName, value, tUnit as never);
  return { t, tMetric, unit, locale };
}
