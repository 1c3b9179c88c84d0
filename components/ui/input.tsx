import * as React from "react";

import { withClass } from "@/lib/utils";

function Input({ className, type, ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      // Styled in app/globals.css: forms repeat it.
      className={withClass("ui-input", className)}
      {...props}
    />
  );
}

export { Input };
