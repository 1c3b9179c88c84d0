import * as React from "react";

import { withClass } from "@/lib/utils";

function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      // Styled in app/globals.css, with the other form controls.
      className={withClass("ui-textarea", className)}
      {...props}
    />
  );
}

export { Textarea };
