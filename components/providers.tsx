"use client";

import { ThemeProvider } from "next-themes";
import { useEffect, type ReactNode } from "react";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { TimeZoneSync } from "@/components/time-zone-sync";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";

type ProvidersProps = {
  realtime: RealtimeClientConfig | null;
  /** This answer's CSP nonce, for next-themes' inline script (it applies the theme before the first paint). */
  nonce?: string;
  /** A page served from cache (app/[locale]): the same for every visitor, rendering it again changes nothing. */
  cached?: boolean;
  /**
   * The toast outlet, from a root layout that shows toasts (its chunk is that root's alone); the
   * public pages' root leaves them to the signed-in visitor's widgets.
   */
  toasts?: ReactNode;
  children: ReactNode;
};

export function Providers({ realtime, nonce, cached = false, toasts, children }: ProvidersProps) {
  // A mark that the page is interactive, for browser tests and scripts that need to wait for it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <RealtimeProvider config={realtime}>{children}</RealtimeProvider>
      <TimeZoneSync refresh={!cached} />
      {toasts}
    </ThemeProvider>
  );
}
