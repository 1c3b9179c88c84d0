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
  trigger,
  defaultOpen,
}: Pick<ChoiceSelectProps, "value" | "onValueChange" | "options"> & IntentMenuProps) {
  return (
    <Select value={value ?? ""} onValueChange={onValueChange} defaultOpen={defaultOpen}>
      <SelectPrimitive.Trigger asChild>{trigger}</SelectPrimitive.Trigger>
      <SelectContent>
        <SelectOptions options={options} />
      </SelectContent>
    </Select>
  );
}
