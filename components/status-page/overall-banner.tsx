import { CircleAlert, CircleCheck, TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { OverallState } from "@/lib/status-page/state";
import { cn } from "@/lib/utils";

const look = {
  operational: { icon: CircleCheck, className: "border-success/30 bg-success/10", iconClass: "text-success" },
  degraded: { icon: TriangleAlert, className: "border-warning/40 bg-warning/10", iconClass: "text-warning" },
  outage: { icon: CircleAlert, className: "border-destructive/30 bg-destructive/10", iconClass: "text-destructive" },
} as const;

/** The one line everyone reads first: all operational, degraded or an outage. */
export async function OverallBanner({ state, updated }: { state: OverallState; updated: string }) {
  const t = await getTranslations("statusPage");
  const { icon: Icon, className, iconClass } = look[state];
  return (
    <section
      aria-live="polite"
      data-testid="status-overall"
      data-state={state}
      className={cn("flex items-start gap-4 rounded-2xl border p-5 sm:items-center sm:p-6", className)}
    >
      <Icon aria-hidden="true" className={cn("size-8 shrink-0", iconClass)} />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <h2 className="text-lg font-semibold text-balance sm:text-xl">{t(`overall.${state}`)}</h2>
        <p className="text-sm text-muted-foreground">{t(`overallHint.${state}`)}</p>
      </div>
      <p className="hidden shrink-0 text-xs text-muted-foreground sm:block">{updated}</p>
    </section>
  );
}
