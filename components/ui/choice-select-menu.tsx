"use client";

import { Select as SelectPrimitive } from "radix-ui";
import type { ChoiceSelectProps } from "./choice-select";
import type { IntentMenuProps } from "./menu-on-intent";
import { Select, SelectContent, SelectOptions } from "./select";

/** A choice select's list, loaded when about to be opened (./choice-select.tsx). */
export function ChoiceSelectMenu({
  value,
  onValueChange,
  options,
  disabled,
  trigger,
  defaultOpen,
}: Pick<ChoiceSelectProps, "value" | "onValueChange" | "options" | "disabled"> & IntentMenuProps) {
  return (
    <Select value={value ?? ""} onValueChange={onValueChange} disabled={disabled} defaultOpen={defaultOpen && !disabled}>
      <SelectPrimitive.Trigger asChild>{trigger}</SelectPrimitive.Trigger>
      <SelectContent>
        <SelectOptions options={options} />
      </SelectContent>
    </Select>
  );
}
