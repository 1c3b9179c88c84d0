"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "./dialog";
import type { DialogOnIntentProps, OnIntentDialogProps, OnIntentDialogState } from "./dialog-on-intent";

/** A dialog loaded when about to be opened (./dialog-on-intent.tsx): radix's, with its title. */
export function DialogOnIntentBody({
  open,
  onOpenChange,
  onCloseAutoFocus,
  title,
  description,
  closeLabel,
  className,
  children,
}: Omit<DialogOnIntentProps, keyof OnIntentDialogProps> & OnIntentDialogState) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={closeLabel}
        className={className}
        onCloseAutoFocus={onCloseAutoFocus}
        // Without a description, radix is told there is none on purpose.
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          {description && <DialogDescription>{description}</DialogDescription>}
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
