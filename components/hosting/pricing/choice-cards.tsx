"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/** One choice among a few, as cards over native radio buttons (arrow keys move between them, no script needed to draw them). */
export function ChoiceCards<V extends string>({
  legend,
  options,
  value,
  onChange,
  className,
}: {
  legend: string;
  options: ReadonlyArray<{ value: V; title: ReactNode; hint: ReactNode }>;
  value: V;
  onChange: (value: V) => void;
  /** The grid of the cards. */
  className?: string;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-3 text-sm font-medium">{legend}</legend>
      <div className={className}>
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "relative flex cursor-pointer flex-col gap-0.5 rounded-lg border px-3 py-2.5 text-sm transition-colors hover:bg-accent/60",
              "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
              option.value === value && "border-primary bg-primary/5 ring-1 ring-primary",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            <span className="font-semibold">{option.title}</span>
            <span className="text-xs text-muted-foreground tabular-nums">{option.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
