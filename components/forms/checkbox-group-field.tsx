"use client";

import { useId, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/lib/utils";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";

type CheckboxGroupProps = {
  options: ReadonlyArray<{ value: string; label: ReactNode; description?: ReactNode; disabled?: boolean }>;
  /** A first checkbox that ticks or clears every option. */
  allLabel?: string;
  /** The group's grid or flex classes. */
  groupClassName?: string;
};

/**
 * Several choices at once, the field's value being the list of those ticked (in the options' order).
 * Each choice is a checkbox with its label and an optional hint; the field's label names the group.
 */
export function CheckboxGroupField<T extends FieldValues>(props: FieldProps<T> & CheckboxGroupProps) {
  const [frame, { options, allLabel, groupClassName }] = splitFieldProps<T, FieldProps<T> & CheckboxGroupProps>(props);
  const labelId = useId();
  const itemId = useId();
  return (
    <FieldFrame {...frame} labelId={labelId}>
      {(field) => {
        const chosen: string[] = Array.isArray(field.value) ? field.value : [];
        const toggle = (value: string, on: boolean) =>
          field.onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v))));
        const all = chosen.length === options.length ? true : chosen.length > 0 ? "indeterminate" : false;
        const choices = (
          <div role="group" aria-labelledby={labelId} className={cn("grid gap-3", groupClassName)}>
            {options.map((option, index) => {
              const id = `${itemId}-${index}`;
              return (
                <div key={option.value} className="flex items-start gap-3">
                  <Checkbox
                    id={id}
                    name={field.name}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                    disabled={option.disabled}
                    onCheckedChange={(checked) => toggle(option.value, checked === true)}
                    onBlur={field.onBlur}
                    aria-describedby={option.description ? `${id}-hint` : undefined}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <label htmlFor={id} className="cursor-pointer text-sm leading-5 font-medium">
                      {option.label}
                    </label>
                    {option.description && (
                      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
                        {option.description}
                      </p>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        );
        return (
          <FormControl>
            {allLabel ? (
              <div className="grid gap-3">
                <label className="flex items-center gap-3 text-sm font-medium">
                  <Checkbox checked={all} onCheckedChange={(on) => field.onChange(on === true ? options.map((o) => o.value) : [])} />
                  {allLabel}
                </label>
                {choices}
              </div>
            ) : (
              choices
            )}
          </FormControl>
        );
      }}
    </FieldFrame>
  );
}
