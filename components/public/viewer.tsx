"use client";

import dynamic from "next/dynamic";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import type { Role } from "@/lib/auth/roles";
import type { NotificationView } from "@/lib/notifications/types";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";

/** What `GET /api/me/header` answers for a signed-in visitor. */
export type Viewer = {
  user: { id: string; name: string; email: string; role: Role };
  nav: Array<{ href: string; label: string; match: string; alerts?: number }>;
  unread: number;
  notifications: NotificationView[];
  now: string;
  realtime: RealtimeClientConfig;
};

// Only for a signed-in visitor: the others never download it.
const ToastOutlet = dynamic(() => import("@/components/ui/toast-outlet").then((m) => m.ToastOutlet), { ssr: false });

/** undefined while loading, null when signed out. */
const ViewerContext = createContext<Viewer | null | undefined>(undefined);

/**
 * The public pages are the same for every visitor (served from cache): who is signed in is asked
 * by the browser once the page is there. Signed out, the answer is null: no realtime connection
 * opens and the toasts' code is never downloaded.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me/header", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: null } | Viewer>) : { user: null }))
      .then((body) => setViewer(body.user ? (body as Viewer) : null))
      .catch(() => {
        if (!controller.signal.aborted) setViewer(null);
      });
    return () => controller.abort();
  }, []);
  return (
    <ViewerContext value={viewer}>
      <RealtimeProvider config={viewer?.realtime ?? null}>{children}</RealtimeProvider>
      {/* Only a signed-in visitor's widgets (a live notification, a menu's action) show toasts here. */}
      {viewer && <ToastOutlet />}
    </ViewerContext>
  );
}

/** The signed-in visitor of a public page: undefined until known, null when signed out. */
export function useViewer(): Viewer | null | undefined {
  return useContext(ViewerContext);
}
