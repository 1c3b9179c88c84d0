import type { ReactNode } from "react";
import { requirePage } from "@/lib/auth/require-page";
import type { Area } from "@/lib/navigation";
import { AreaSidebar } from "./sidebar";
import { SiteHeader } from "./site-header";

/** Header, the area's sidebar and the page: the frame of every signed-in area. */
export async function AreaShell({ area, children }: { area: Area; children: ReactNode }) {
  const user = await requirePage();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader area={area} />
      <div className="mx-auto flex w-full max-w-screen-2xl flex-1">
        <AreaSidebar area={area} role={user.role} />
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8 sm:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
