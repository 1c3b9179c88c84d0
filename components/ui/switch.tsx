"use client";

import * as React from "react";

import { withClass } from "@/lib/utils";

type SwitchProps = Omit<React.ComponentProps<"input">, "type" | "onChange" | "checked" | "defaultChecked"> & {
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * An on/off switch drawn over a native checkbox with `role="switch"`: the label, keyboard (Space),
 * form and screen-reader behaviour come from the platform, and no script is needed to render it.
 */
function Switch({ className, onCheckedChange, ...props }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      data-slot="switch"
      onChange={(event) => onCheckedChange?.(event.target.checked)}
      // Styled in app/globals.css, with the other form controls.
      className={withClass("peer ui-switch", className)}
      {...props}
    />
  );
}

export { Switch };
