"use client";

import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { useId, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
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
    base: "cursor-pointer rounded-full border bg-background px-3 py-1 text-sm transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
    selected: "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
  },
};

/**
 * One choice among a few, each shown whole (a card, or a pill) and chosen by a click anywhere on it;
 * arrow keys move between the choices. The label names the group.
 */
export function RadioCardsField<T extends FieldValues>(props: FieldProps<T> & RadioCardsProps) {
  const [frame, { options, variant = "cards", groupClassName, onChange }] = splitFieldProps<T, FieldProps<T> & RadioCardsProps>(props);
  const labelId = useId();
  const styles = choiceStyles[variant];
  return (
    <FieldFrame {...frame} labelId={labelId}>
      {(field) => (
        <FormControl>
          <RadioGroup
            aria-labelledby={labelId}
            value={field.value}
            onValueChange={(value) => {
              field.onChange(value);
              onChange?.(value);
            }}
            className={groupClassName}
          >
            {options.map((option) =>
              variant === "cards" ? (
                <label key={option.value} className={cn(styles.base, field.value === option.value && styles.selected)}>
                  <RadioGroupItem value={option.value} className="mt-0.5" />
                  {option.label}
                </label>
              ) : (
                <RadioGroupPrimitive.Item
                  key={option.value}
                  value={option.value}
                  className={cn(styles.base, field.value === option.value && styles.selected)}
                >
                  {option.label}
                </RadioGroupPrimitive.Item>
              ),
            )}
          </RadioGroup>
        </FormControl>
      )}
    </FieldFrame>
  );
}
