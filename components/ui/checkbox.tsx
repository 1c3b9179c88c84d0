"use client";

import * as React from "react";
import { withClass } from "@/lib/utils";

type CheckboxProps = Omit<React.ComponentProps<"input">, "type" | "checked" | "onChange"> & {
  /** "indeterminate": some of what it stands for is chosen (a "select all" box). */
  checked?: boolean | "indeterminate";
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * A native checkbox, drawn in app/globals.css (`ui-checkbox`): its label, keyboard, form and
 * screen-reader behaviour come from the platform, and a list repeats a single element per row.
 */
function Checkbox({ className, checked, onCheckedChange, ref, ...props }: CheckboxProps) {
  const indeterminate = checked === "indeterminate";
  const setNode = React.useCallback(
    (node: HTMLInputElement | null) => {
      // Only a property: no attribute says that a box is partly checked.
      if (node) node.indeterminate = indeterminate;
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    },
    [indeterminate, ref],
  );
  return (
    <input
      type="checkbox"
      ref={setNode}
      className={withClass("ui-checkbox", className)}
      checked={checked === undefined ? undefined : checked === true}
      aria-checked={indeterminate ? "mixed" : undefined}
      onChange={(event) => onCheckedChange?.(event.target.checked)}
      {...props}
    />
  );
}

export { Checkbox, type CheckboxProps };
