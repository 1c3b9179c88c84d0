import { getLocale, getTranslations } from "next-intl/server";
import { valueWithUnit } from "@/components/livepulse/alerts/alert-text";
import { livepulseNames } from "@/components/livepulse/names-server";
import type { AlertMetricName } from "@/lib/livepulse/alerts/schemas";

/** What the alerts page's server cards write with: their messages, metric names, values with units, the locale, rule and check names. */
export async function alertText() {
  const [t, tMetric, tUnit, locale, nameOf] = await Promise.all([
    getTranslations("livepulseAlerts"),
    getTranslations("alertMetric"),
    getTranslations("alertUnit"),
    getLocale(),
    livepulseNames(),
  ]);
  const unit = (metric: string, value: number) => valueWithUnit(metric as AlertMetricName, value, tUnit as never, locale);
  return { t, tMetric, unit, locale, nameOf };
}
