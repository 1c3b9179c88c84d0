"use client";

import { cloneElement, isValidElement, lazy, Suspense, useRef, useState, type ReactElement, type ReactNode } from "react";

/** A dialog's opening, shared by the dialogs whose code loads when about to be opened. */
export type OnIntentDialogProps = {
  /** The button that opens it; leave it out and pass `open` when something else opens it. */
  trigger?: ReactNode;
  open?: boolean;
  /** Told when the person opens or closes it. */
  onOpenChange?: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** What a dialog loaded on intent is given by the opening it shares. */
export type OnIntentDialogState = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The caller's own handler, then focus back on the trigger unless that handler took it elsewhere. */
  onCloseAutoFocus: (event: Event) => void;
};

/** Dims the page at once while a dialog's code is still on its way, so the click is seen to be taken. */
function LoadingBackdrop() {
  return <div aria-hidden className="fixed inset-0 z-50 animate-in cursor-wait bg-black/50 fade-in-0" />;
}

/**
 * The page carries only a dialog's trigger: the dialog's code (radix's, with its focus trap and
 * scroll lock) is fetched when the pointer comes over the trigger or focus reaches it, and at the
 * latest when the dialog opens. It stays mounted from its first opening on, so it can play its
 * closing; closed, focus goes back to the trigger. `render` draws the trigger and, once opened, the
 * dialog `body` returns from the state it is given.
 */
export function useDialogOnIntent({
  trigger,
  open: controlledOpen,
  onOpenChange,
  onCloseAutoFocus,
  load,
}: OnIntentDialogProps & { load: () => Promise<unknown> }) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const box = useRef<HTMLSpanElement>(null);
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const prefetch = () => void load();
  const state: OnIntentDialogState = {
    open,
    onOpenChange: setOpen,
    onCloseAutoFocus: (event) => {
      onCloseAutoFocus?.(event);
      if (event.defaultPrevented || !box.current) return;
      event.preventDefault();
      box.current.querySelector<HTMLElement>("button, a")?.focus();
    },
  };
  const render = (body: (state: OnIntentDialogState) => ReactNode) => (
    <>
      {trigger && (
        <span ref={box} className="contents" onPointerOver={prefetch} onFocus={prefetch} onClick={() => setOpen(true)}>
          {isValidElement(trigger)
            ? cloneElement(trigger as ReactElement<Record<string, unknown>>, { "aria-haspopup": "dialog", "aria-expanded": open })
            : trigger}
        </span>
      )}
      {opened && <Suspense fallback={open && <LoadingBackdrop />}>{body(state)}</Suspense>}
    </>
  );
  return { render, closeOwn: () => setOwnOpen(false) };
}

export type DialogOnIntentProps = OnIntentDialogProps & {
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the corner close button. */
  closeLabel?: string;
  /** The dialog box's classes (its width). */
  className?: string;
  children?: ReactNode;
};

const loadBody = () => import("./dialog-on-intent-body");
const DialogOnIntentBody = lazy(() => loadBody().then((module) => ({ default: module.DialogOnIntentBody })));

/** A dialog (a form, a choice) with its title and description, loaded when about to be opened. */
export function DialogOnIntent({ trigger, open, onOpenChange, onCloseAutoFocus, ...body }: DialogOnIntentProps) {
  return useDialogOnIntent({ trigger, open, onOpenChange, onCloseAutoFocus, load: loadBody }).render((state) => (
    <DialogOnIntentBody {...body} {...state} />
  ));
}
