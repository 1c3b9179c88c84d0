"use client";

import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type Base = Omit<ComponentProps<"input">, "value" | "onChange" | "type">;

/** An integer field whose value is a number; an empty box is NaN, which the schema refuses. */
export function IntegerInput({ value, onChange, className, ...props }: Base & { value: number; onChange: (value: number) => void }) {
  return (
    <Input
      type="number"
      inputMode="numeric"
      step={1}
      className={cn("tabular-nums", className)}
      value={Number.isFinite(value) ? value : ""}
      onChange={(event) => onChange(event.target.value === "" ? Number.NaN : event.target.valueAsNumber)}
      {...props}
    />
  );
}

function centsOf(text: string): number {
  const clean = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return Number.NaN;
  const cents = Number(clean) * 100;
  // Up to two decimals: whole cents (rounding away float noise); more: left fractional.
  return /\.\d{3,}$/.test(clean) ? cents : Math.round(cents);
}

function textOf(cents: number, locale: string): string {
  if (!Number.isFinite(cents)) return "";
  const text = (cents / 100).toFixed(2);
  return locale === "fr" ? text.replace(".", ",") : text;
}

/**
 * An amount typed in euros ("19,99" or "19.99"), handed to the form in integer
 * cents. More than two decimals gives a fractional cent, which the schema refuses.
 */
export function MoneyInput({
  value,
  onChange,
  locale,
  className,
  ...props
}: Base & { value: number; onChange: (cents: number) => void; locale: string }) {
  const [text, setText] = useState(() => textOf(value, locale));
  const [shown, setShown] = useState(value);
  // The form was reset from outside (another plan opened): show its value.
  if (!Object.is(value, shown)) {
    setShown(value);
    if (!Object.is(centsOf(text), value)) setText(textOf(value, locale));
  }
  return (
    <div className="relative">
      <Input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={cn("pr-8 text-right tabular-nums", className)}
        value={text}
        onChange={(event) => {
          const cents = centsOf(event.target.value);
          setText(event.target.value);
          setShown(cents);
          onChange(cents);
        }}
        {...props}
      />
      <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-muted-foreground">
        €
      </span>
    </div>
  );
}
