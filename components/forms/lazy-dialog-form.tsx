"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { cn } from "@/lib/utils";

/**
 * A dialog's form, loaded in the browser when the dialog first opens: the page that shows the
 * dialog's button downloads neither the form nor the forms' validation (zod, react-hook-form).
 * Until it arrives, a placeholder of about its size holds its place (`placeholderClassName`: its
 * height, and its margins where the dialog has no padding). The form comes after the dialog gave
 * the focus to its first control (the close button): it takes the focus to its first field on mount.
 */
export function lazyDialogForm<P extends object>(load: () => Promise<ComponentType<P>>, placeholderClassName: string) {
  return dynamic(load, {
    ssr: false,
    loading: () => <div className={cn("animate-pulse rounded-md bg-muted-foreground/10", placeholderClassName)} aria-hidden="true" />,
  });
}
