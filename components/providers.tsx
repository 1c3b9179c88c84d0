"use client";

import { ThemeProvider } from "next-themes";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";

// The toast outlet is only needed once the page is interactive: keep it out of the first load.
const Toaster = dynamic(() => import("@/components/ui/sonner").then((m) => m.Toaster), { ssr: false });

export function Providers({ realtime, children }: { realtime: RealtimeClientConfig | null; children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <RealtimeProvider config={realtime}>{children}</RealtimeProvider>
      <Toaster richColors closeButton position="top-right" />
    </ThemeProvider>
  );
}
