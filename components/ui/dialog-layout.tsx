import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/*
 * A dialog's header and footer: plain boxes, apart from ./dialog.tsx so that what a form draws inside
 * a dialog does not bring the dialog's own code with it.
 */

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-header" className={cn("flex flex-col gap-2 text-center sm:text-left", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
