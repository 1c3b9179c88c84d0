import type { ComponentProps } from "react";
import { withClass } from "@/lib/utils";

/** A form control's label: a native one, styled in app/globals.css with the controls. */
function Label({ className, ...props }: ComponentProps<"label">) {
  return <label data-slot="label" className={withClass("ui-label", className)} {...props} />;
}

export { Label };
