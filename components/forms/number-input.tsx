"use client";

import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

export type NumberInputProps = Omit<ComponentProps<"input">, "value" | "onChange" | "type"> & {
  /** `null` (none) shows an empty box, like NaN. */
  value: number | null | undefined;
  /** An empty box gives NaN, which schemas refuse. */
  onChange: (value: number) => void;
};

/** A number box whose value is a number, never the text typed. */
export function NumberInput({ value, onChange, className, step = 1, ...props }: NumberInputProps) {
  return (
    <Input
      type="number"
      inputMode={Number.isInteger(Number(step)) ? "numeric" : "decimal"}
      step={step}
      className={cn("tabular-nums", className)}
      value={typeof value === "number" && Number.isFinite(value) ? value : ""}
      onChange={(event) => onChange(event.target.value === "" ? Number.NaN : event.target.valueAsNumber)}
      {...props}
    />
  );
}
