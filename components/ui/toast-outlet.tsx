"use client";

import { Toaster } from "./sonner";

/**
 * Where toasts appear; render once per page, inside next-themes' ThemeProvider. Imported as is (not
 * loaded apart): the pages' own chunks call sonner's `toast`, and a separate chunk for the outlet
 * made the browser download sonner twice.
 */
export function ToastOutlet() {
  return <Toaster richColors closeButton position="bottom-right" />;
}
