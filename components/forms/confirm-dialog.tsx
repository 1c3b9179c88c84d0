"use client";

import { Loader2 } from "lucide-react";
import { useState, type ReactNode } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

type ConfirmDialogProps = {
  /** The button that opens it; leave it out and pass `open` when something else opens it. */
  trigger?: ReactNode;
  open?: boolean;
  /** Told when the person closes it (never while the confirmation runs). */
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** What goes between the question and the buttons (a warning). */
  children?: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /** The confirm button's words while `onConfirm` runs. */
  pendingLabel?: string;
  destructive?: boolean;
  /** Other choices beside the confirmation (they close the dialog). */
  otherActions?: ReactNode;
  /** Runs on confirmation; the dialog waits, with a spinner, until it settles, then closes. */
  onConfirm: () => unknown;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * A question before a decision that cannot be taken back: cancel has the focus first (a stray Enter
 * never confirms), and the dialog stays open, its buttons disabled, until the confirmation is done.
 */
export function ConfirmDialog({
  trigger,
  open: controlledOpen,
  onOpenChange,
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
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (pending) return;
    setOwnOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async (event: React.MouseEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setOwnOpen(false);
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {trigger && <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>}
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
