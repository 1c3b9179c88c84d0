"use client";

import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { cn } from "@/lib/utils";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";

/** The value of the "none" option inside the select; the form holds `null` for it. */
const NONE = "__none__";

type SelectProps = {
  options: ReadonlyArray<{ value: string; label: string }>;
  /** Offers a first option for no value at all (e.g. "Unassigned"), held as `null`. */
  noneLabel?: string;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  disabled?: boolean;
  size?: "sm" | "default";
  triggerClassName?: string;
  /** `row`: the label before the select on one line. */
  layout?: "stacked" | "row";
  /** Called after the field takes the value (e.g. to reset a dependent field). */
  onChange?: (value: string | null) => void;
};

/**
 * A form's select: its label, options, hint and error, wired to react-hook-form. Its list loads when
 * about to be opened (ChoiceSelect).
 */
export function SelectField<T extends FieldValues>(props: FieldProps<T> & SelectProps) {
  const [frame, { options, noneLabel, placeholder, disabled, size, triggerClassName, layout, onChange }] = splitFieldProps<
    T,
    FieldProps<T> & SelectProps
  >(props);
  return (
    <FieldFrame {...frame} className={cn(layout === "row" && "flex flex-wrap items-center gap-2", frame.className)}>
      {(field) => (
        <FormControl>
          <ChoiceSelect
            ref={field.ref}
            onBlur={field.onBlur}
            value={field.value ?? (noneLabel ? NONE : "")}
            options={noneLabel ? [{ value: NONE, label: noneLabel }, ...options] : options}
            placeholder={placeholder}
            disabled={disabled}
            size={size}
            className={triggerClassName ?? "w-full"}
            onValueChange={(selected) => {
              const value = selected === NONE ? null : selected;
              field.onChange(value);
              onChange?.(value);
            }}
          />
        </FormControl>
      )}
    </FieldFrame>
  );
}
