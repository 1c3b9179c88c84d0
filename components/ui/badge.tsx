import * as React from "react";
import { Slot } from "radix-ui";

export type BadgeVariant = "default" | "secondary" | "outline" | "destructive" | "success" | "warning" | "info";

type BadgeProps = React.ComponentProps<"span"> & {
  variant?: BadgeVariant | null;
  asChild?: boolean;
};

/** Styled in app/globals.css by its data-slot and data-variant: lists repeat badges on every row. */
function Badge({ variant, asChild = false, ...props }: BadgeProps) {
  const Comp = asChild ? Slot.Root : "span";
  return <Comp data-slot="badge" data-variant={variant ?? "default"} {...props} />;
}

export { Badge, type BadgeProps };
