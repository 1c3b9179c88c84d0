"use client";

import { useId, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { cn } from "@/lib/utils";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";

type RadioCardsProps = {
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  /** `cards`: each choice a bordered card with its radio dot; `pills`: a row of rounded toggles. */
  variant?: "cards" | "pills";
  /** The group's grid or flex classes. */
  groupClassName?: string;
  /** Called after the field takes the value. */
  onChange?: (value: string) => void;
};

const choiceStyles = {
  cards: {
    base: "flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors hover:bg-accent/50",
    selected: "border-primary ring-1 ring-primary",
  },
  pills: {
    base: "relative cursor-pointer rounded-full border bg-background px-3 py-1 text-sm transition-colors hover:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
    selected: "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
  },
};

/**
 * One choice among a few, each shown whole (a card, or a pill) and chosen by a click anywhere on it.
 * They are native radio buttons: arrow keys move between the choices, Tab reaches the chosen one,
 * and no script is needed to draw them. The label names the group.
 */
export function RadioCardsField<T extends FieldValues>(props: FieldProps<T> & RadioCardsProps) {
  const [frame, { options, variant = "cards", groupClassName, onChange }] = splitFieldProps<T, FieldProps<T> & RadioCardsProps>(props);
  const labelId = useId();
  const styles = choiceStyles[variant];
  return (
    <FieldFrame {...frame} labelId={labelId}>
      {(field) => (
        <FormControl>
          <div role="radiogroup" aria-labelledby={labelId} className={cn("grid gap-3", groupClassName)}>
            {options.map((option, index) => (
              <label key={option.value} className={cn(styles.base, field.value === option.value && styles.selected)}>
                <input
                  // The first choice takes focus when the field is invalid.
                  ref={index === 0 ? field.ref : undefined}
                  type="radio"
                  name={field.name}
                  value={option.value}
                  checked={field.value === option.value}
                  onChange={() => {
                    field.onChange(option.value);
                    onChange?.(option.value);
                  }}
                  onBlur={field.onBlur}
                  // A pill is all label: its radio covers it, unseen.
                  className={variant === "cards" ? "ui-radio" : "absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"}
                />
                {option.label}
              </label>
            ))}
          </div>
        </FormControl>
      )}
    </FieldFrame>
  );
}
