import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AreaShell } from "@/components/shell/area-shell";
import { homeOf } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";

/**
 * Pages of the signed-in user themselves (notifications), whatever their role: framed by the
 * area they work in, so the sidebar they know stays at hand.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/login");
  return <AreaShell area={homeOf[user.role].startsWith("/crm") ? "crm" : "hosting"}>{children}</AreaShell>;
}
