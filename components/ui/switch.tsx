"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

type SwitchProps = Omit<React.ComponentProps<"input">, "type" | "onChange" | "checked" | "defaultChecked"> & {
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * An on/off switch drawn over a native checkbox with `role="switch"`: the label, keyboard (Space),
 * form and screen-reader behaviour come from the platform, and no script is needed to render it.
 */
function Switch({ className, onCheckedChange, ...props }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      data-slot="switch"
      onChange={(event) => onCheckedChange?.(event.target.checked)}
      className={cn(
        "peer relative inline-flex h-5 w-9 shrink-0 cursor-pointer appearance-none items-center rounded-full bg-muted-foreground/35 shadow-xs transition-all outline-none dark:bg-input",
        "before:pointer-events-none before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-background before:shadow-sm before:transition-transform dark:before:bg-foreground",
        "checked:bg-primary checked:before:translate-x-4 dark:checked:before:bg-primary-foreground",
        "disabled:cursor-not-allowed disabled:opacity-50",
        "focus-visible:ring-[3px] focus-visible:ring-ring/50",
        "aria-invalid:ring-[3px] aria-invalid:ring-destructive/30",
        className,
      )}
      {...props}
    />
  );
}

export { Switch };
