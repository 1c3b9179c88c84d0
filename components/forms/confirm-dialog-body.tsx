"use client";

import { Loader2 } from "lucide-react";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import type { OnIntentDialogProps, OnIntentDialogState } from "@/components/ui/dialog-on-intent";
import type { ConfirmDialogProps } from "./confirm-dialog";

/** The confirmation's dialog itself (./confirm-dialog.tsx), loaded when about to be opened. */
export function ConfirmDialogBody({
  open,
  onOpenChange,
  onSettled,
  title,
  description,
  children,
  cancelLabel,
  confirmLabel,
  pendingLabel,
  destructive = false,
  otherActions,
  onConfirm,
  onCloseAutoFocus,
}: Omit<ConfirmDialogProps, keyof OnIntentDialogProps> &
  OnIntentDialogState & {
    /** Told once the confirmation has run, to close. */
    onSettled: () => void;
  }) {
  const [pending, setPending] = useState(false);

  const confirm = async (event: React.MouseEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      onSettled();
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
          {otherActions}
          <AlertDialogAction variant={destructive ? "destructive" : "default"} disabled={pending} onClick={confirm}>
            {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
