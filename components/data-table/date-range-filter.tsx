"use client";

import { CalendarRange } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/**
 * A from–to pair of dates for a list's filter bar: each bound limits the other, and an emptied
 * field is `undefined`. `stretch` spreads the pair across a narrow screen.
 */
export function DateRangeFilter({
  fromLabel,
  toLabel,
  from,
  to,
  onChange,
  stretch = false,
}: {
  fromLabel: string;
  toLabel: string;
  from: string | null;
  to: string | null;
  onChange: (bound: "from" | "to", value: string | undefined) => void;
  stretch?: boolean;
}) {
  const inputClass = stretch ? "h-8 min-w-0 flex-1 sm:w-36 sm:flex-none" : "h-8 w-36";
  return (
    <div className={cn("flex items-center gap-1.5", stretch && "w-full sm:w-auto")}>
      <CalendarRange className={cn("size-4 text-muted-foreground", stretch && "shrink-0")} aria-hidden="true" />
      <Input
        type="date"
        aria-label={fromLabel}
        title={fromLabel}
        value={from ?? ""}
        max={to ?? undefined}
        onChange={(event) => onChange("from", event.target.value || undefined)}
        className={inputClass}
      />
      <span className="text-muted-foreground" aria-hidden="true">
        –
      </span>
      <Input
        type="date"
        aria-label={toLabel}
        title={toLabel}
        value={to ?? ""}
        min={from ?? undefined}
        onChange={(event) => onChange("to", event.target.value || undefined)}
        className={inputClass}
      />
    </div>
  );
}
