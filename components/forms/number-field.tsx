"use client";

import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";
import { NumberInput, type NumberInputProps } from "./number-input";

type NumberProps = Omit<NumberInputProps, "name" | "value" | "onChange" | "onBlur">;

/** A number field: label, hint and error, its value a number (NaN when empty). */
export function NumberField<T extends FieldValues>(props: FieldProps<T> & NumberProps) {
  const [frame, input] = splitFieldProps<T, FieldProps<T> & NumberProps>(props);
  return (
    <FieldFrame {...frame}>
      {(field) => (
        <FormControl>
          <NumberInput {...input} name={field.name} ref={field.ref} onBlur={field.onBlur} value={field.value} onChange={field.onChange} />
        </FormControl>
      )}
    </FieldFrame>
  );
}
