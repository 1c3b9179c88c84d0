"use client";

import type { ComponentProps } from "react";
import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";

type TextProps = Omit<ComponentProps<"input">, "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "children"> & {
  /** A textarea of `rows` lines instead of a one-line input. */
  multiline?: boolean;
  rows?: number;
  /** Classes of the input itself (`className` is the whole field's). */
  inputClassName?: string;
  /** Called after the field takes the value (e.g. to suggest another field's value). */
  onChange?: (value: string) => void;
  /** Called after the field is left. */
  onBlur?: () => void;
};

/** A text field (one line, or several with `multiline`): label, hint and error, wired to react-hook-form. */
export function TextField<T extends FieldValues>(props: FieldProps<T> & TextProps) {
  const [frame, { multiline, rows, inputClassName, onChange, onBlur, ...input }] = splitFieldProps<T, FieldProps<T> & TextProps>(props);
  return (
    <FieldFrame {...frame}>
      {(field) => {
        const control = {
          ...field,
          value: field.value ?? "",
          onChange: (event: { target: { value: string } }) => {
            field.onChange(event);
            onChange?.(event.target.value);
          },
          onBlur: () => {
            field.onBlur();
            onBlur?.();
          },
        };
        return (
          <FormControl>
            {multiline ? (
              <Textarea rows={rows} className={inputClassName} {...(input as ComponentProps<typeof Textarea>)} {...control} />
            ) : (
              <Input className={inputClassName} {...input} {...control} />
            )}
          </FormControl>
        );
      }}
    </FieldFrame>
  );
}
