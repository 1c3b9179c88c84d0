import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { periodPresets, type ResolvedPeriod } from "@/lib/livepulse/forms/period";
import { cn } from "@/lib/utils";

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The period as links (one per preset) and a custom range sent as search parameters: plain links
 * and a GET form, so it works from the keyboard and before any script has loaded.
 */
export async function PeriodPicker({ period, path }: { period: ResolvedPeriod; path: string }) {
  const t = await getTranslations("livepulseForms");
  // A custom end is a whole day: the input shows the last day included.
  const lastDay = period.preset === "custom" ? new Date(period.to.getTime() - DAY) : period.to;
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <nav aria-label={t("period")} className="flex w-fit gap-1 rounded-lg bg-muted p-1">
        {periodPresets.map((preset) => {
          const active = period.preset === preset;
          return (
            <Link
              key={preset}
              href={`${path}?period=${preset}`}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-1 text-sm font-medium text-muted-foreground hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                active && "bg-background text-foreground shadow-sm",
              )}
            >
              {t(`presets.${preset}`)}
            </Link>
          );
        })}
      </nav>
      <form action={path} method="get" className="flex flex-wrap items-end gap-2" aria-label={t("period")}>
        <div className="flex flex-col gap-1">
          <Label htmlFor="period-from" className="text-xs text-muted-foreground">
            {t("from")}
          </Label>
          <Input id="period-from" name="from" type="date" required defaultValue={day(period.from)} className="h-9 w-40" />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="period-to" className="text-xs text-muted-foreground">
            {t("to")}
          </Label>
          <Input id="period-to" name="to" type="date" required defaultValue={day(lastDay)} className="h-9 w-40" />
        </div>
        <Button type="submit" variant={period.preset === "custom" ? "default" : "outline"} size="sm" className="h-9">
          {t("apply")}
        </Button>
      </form>
    </div>
  );
}
