"use client";

import type { FieldValues } from "react-hook-form";
import { FormControl } from "@/components/ui/form";
import { Switch } from "@/components/ui/switch";
import { FieldFrame, splitFieldProps, type FieldProps } from "./field-frame";

type SwitchProps = {
  /** `start`: the switch before its label (a settings toggle); `end`: at the end of the row. */
  controlPosition?: "start" | "end";
  disabled?: boolean;
  /** Shown on and not editable (e.g. an option the plan already includes). */
  lockedOn?: boolean;
};

/** An on/off field: a switch with its label, hint and error, wired to react-hook-form. */
export function SwitchField<T extends FieldValues>(props: FieldProps<T> & SwitchProps) {
  const [frame, { controlPosition = "start", disabled, lockedOn }] = splitFieldProps<T, FieldProps<T> & SwitchProps>(props);
  return (
    <FieldFrame {...frame} layout={controlPosition === "start" ? "control-first" : "control-last"}>
      {(field) => (
        <FormControl>
          <Switch
            name={field.name}
            ref={field.ref}
            onBlur={field.onBlur}
            checked={lockedOn || Boolean(field.value)}
            disabled={disabled || lockedOn}
            onCheckedChange={field.onChange}
            className={controlPosition === "start" ? "mt-0.5" : undefined}
          />
        </FormControl>
      )}
    </FieldFrame>
  );
}
