"use client";

import { lazy, type ReactNode } from "react";
import { useDialogOnIntent, type OnIntentDialogProps } from "@/components/ui/dialog-on-intent";

/** `onOpenChange` is never told while the confirmation runs. */
export type ConfirmDialogProps = OnIntentDialogProps & {
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
};

const loadBody = () => import("./confirm-dialog-body");
const ConfirmDialogBody = lazy(() => loadBody().then((module) => ({ default: module.ConfirmDialogBody })));

/**
 * A question before a decision that cannot be taken back: cancel has the focus first (a stray Enter
 * never confirms), and the dialog stays open, its buttons disabled, until the confirmation is done.
 * Its code loads when about to be opened (useDialogOnIntent).
 */
export function ConfirmDialog({ trigger, open, onOpenChange, onCloseAutoFocus, ...body }: ConfirmDialogProps) {
  const dialog = useDialogOnIntent({ trigger, open, onOpenChange, onCloseAutoFocus, load: loadBody });
  return dialog.render((state) => <ConfirmDialogBody {...body} {...state} onSettled={dialog.closeOwn} />);
}
