import type { ReactNode } from "react";
import { AreaShell } from "@/components/shell/area-shell";
import { homeOf } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";

/**
 * Pages of the signed-in user themselves (notifications), whatever their role: framed by the
 * area they work in, so the sidebar they know stays at hand.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requirePage();
  return <AreaShell area={homeOf[user.role].startsWith("/crm") ? "crm" : "hosting"}>{children}</AreaShell>;
}
