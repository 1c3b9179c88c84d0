import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Kpi } from "@/lib/crm/analytics/figures";
import { cn } from "@/lib/utils";

/**
 * The change of a KPI against its previous figure: an arrow, a colour and a sentence that says it
 * all in words (e.g. "+12 % vs previous 30 days"), so neither the arrow nor the colour is needed
 * to understand it. `kind="points"` shows a rate's change in percentage points.
 */
export async function ChangeIndicator({
  kpi,
  versus,
  kind = "relative",
  higherIsBetter = true,
}: {
  kpi: Kpi;
  /** What the figure is compared with, e.g. "vs previous 30 days". */
  versus: string;
  kind?: "relative" | "points";
  higherIsBetter?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.change"), getLocale()]);
  if (kpi.change === null) {
    return <span className="text-muted-foreground">{t("noComparison")}</span>;
  }
  const rounded = kind === "points" ? Math.round(kpi.change * 100) : Math.round(kpi.change * 100) / 100;
  const direction = rounded > 0 ? "up" : rounded < 0 ? "down" : "flat";
  const good = direction === "flat" ? null : (direction === "up") === higherIsBetter;
  const amount =
    kind === "points"
      ? t("points", {
          value: new Intl.NumberFormat(locale, { signDisplay: "exceptZero" }).format(rounded),
          count: Math.abs(rounded),
        })
      : new Intl.NumberFormat(locale, { style: "percent", signDisplay: "exceptZero", maximumFractionDigits: 0 }).format(rounded);
  const Icon = direction === "up" ? ArrowUpRight : direction === "down" ? ArrowDownRight : ArrowRight;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1" data-testid="kpi-change">
      <span
        className={cn(
          "inline-flex items-center gap-0.5 font-medium tabular-nums",
          good === true && "text-success",
          good === false && "text-destructive",
          good === null && "text-muted-foreground",
        )}
      >
        <Icon className="size-3.5" aria-hidden="true" />
        <span className="sr-only">{t(direction)} </span>
        {amount}
      </span>
      <span className="text-muted-foreground">{versus}</span>
    </span>
  );
}
