"use client";

import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";
import { UnitInput, type UnitInputProps } from "./unit-input";

type MoneyProps = Omit<UnitInputProps, "unit" | "name" | "value" | "onChange" | "onBlur">;

/** An amount typed in euros, bound to a field in integer cents: label, hint and error under it. */
export function MoneyField<T extends FieldValues>(props: FieldProps<T> & MoneyProps) {
  const [frame, input] = splitFieldProps<T, FieldProps<T> & MoneyProps>(props);
  return (
    <FieldFrame {...frame}>
      {(field) => (
        <FormControl>
          <UnitInput
            unit="euros"
            {...input}
            name={field.name}
            ref={field.ref}
            onBlur={field.onBlur}
            value={field.value}
            onChange={field.onChange}
          />
        </FormControl>
      )}
    </FieldFrame>
  );
}
