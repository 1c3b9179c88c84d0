"use client";

import { useLocale } from "next-intl";
import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { typedUnits, type TypedUnit } from "@/lib/forms/units";
import { cn } from "@/lib/utils";

export type UnitInputProps = Omit<ComponentProps<"input">, "value" | "onChange" | "type"> & {
  /** What is typed: euros (the value in cents) or hours (the value in minutes). */
  unit: TypedUnit;
  /** NaN shows an empty box. */
  value: number;
  onChange: (value: number) => void;
};

/** A number typed in one unit and held in another; what is typed stays as typed ("19,9" is not rewritten). */
export function UnitInput({ unit, value, onChange, className, ...props }: UnitInputProps) {
  const locale = useLocale();
  const { read, write } = typedUnits[unit];
  const [text, setText] = useState(() => write(value, locale));
  const [shown, setShown] = useState(value);
  // The form was reset from outside (another record opened, a save): show its value.
  if (!Object.is(value, shown)) {
    setShown(value);
    if (!Object.is(read(text), value)) setText(write(value, locale));
  }
  const input = (
    <Input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={cn("tabular-nums", unit === "euros" && "pr-8 text-right", className)}
      value={text}
      onChange={(event) => {
        const next = read(event.target.value);
        setText(event.target.value);
        setShown(next);
        onChange(next);
      }}
      {...props}
    />
  );
  if (unit !== "euros") return input;
  return (
    <div className="relative">
      {input}
      <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-muted-foreground">
        €
      </span>
    </div>
  );
}
