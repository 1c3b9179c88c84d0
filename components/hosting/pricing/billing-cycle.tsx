"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useId, useMemo, useState, type ReactNode } from "react";
import type { BillingCycle } from "@/lib/hosting/pricing";
import { cn } from "@/lib/utils";

type CycleState = { cycle: BillingCycle; setCycle: (cycle: BillingCycle) => void };

const CycleContext = createContext<CycleState | null>(null);

/**
 * Holds the page's billing cycle. Server-rendered children carry both prices
 * and show one through `group-data-[cycle=…]/cycle:` classes, so the cards stay
 * server components and switching never shifts the layout.
 */
export function BillingCycleProvider({ children, className }: { children: ReactNode; className?: string }) {
  const [cycle, setCycle] = useState<BillingCycle>("MONTHLY");
  const value = useMemo(() => ({ cycle, setCycle }), [cycle]);
  return (
    <CycleContext.Provider value={value}>
      <div className={cn("group/cycle", className)} data-cycle={cycle}>
        {children}
      </div>
    </CycleContext.Provider>
  );
}

export function useBillingCycle(): CycleState {
  const state = useContext(CycleContext);
  if (!state) throw new Error("useBillingCycle needs a BillingCycleProvider");
  return state;
}

/** Monthly / yearly as a segmented pair of native radio buttons (arrow keys move between them). */
export function BillingCycleSwitch({ maxDiscountPercent, className }: { maxDiscountPercent: number; className?: string }) {
  const t = useTranslations("pricing.cycle");
  const { cycle, setCycle } = useBillingCycle();
  const name = useId();
  const options: { value: BillingCycle; label: string }[] = [
    { value: "MONTHLY", label: t("monthly") },
    { value: "YEARLY", label: t("yearly") },
  ];
  return (
    <fieldset className={cn("flex flex-col items-center gap-2", className)}>
      <legend className="sr-only">{t("legend")}</legend>
      <div className="inline-flex rounded-full border bg-muted p-1">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "relative inline-flex h-9 cursor-pointer items-center gap-2 rounded-full px-4 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
              "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
              cycle === option.value && "bg-background text-foreground shadow-sm dark:bg-input/40",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={cycle === option.value}
              onChange={() => setCycle(option.value)}
              className="absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
            />
            {option.label}
            {option.value === "YEARLY" && maxDiscountPercent > 0 && (
              <span className="rounded-full bg-success px-2 py-0.5 text-xs font-semibold text-success-foreground">
                {t("upTo", { percent: maxDiscountPercent })}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
