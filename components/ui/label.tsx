"use client";

import * as React from "react";
import { Label as LabelPrimitive } from "radix-ui";

import { withClass } from "@/lib/utils";

function Label({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      data-slot="label"
      // Styled in app/globals.css, with the form controls.
      className={withClass("ui-label", className)}
      {...props}
    />
  );
}

export { Label };
