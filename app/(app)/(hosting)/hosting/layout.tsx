import type { ReactNode } from "react";
import { VerifyEmailBanner } from "@/components/auth/verify-email-banner";
import { AreaShell } from "@/components/shell/area-shell";
import { IncidentBanner } from "@/components/status-page/incident-banner";
import { MaintenanceBanner } from "@/components/status-page/maintenance-banner";
import { requirePage } from "@/lib/auth/require-page";

export default async function HostingLayout({ children }: { children: ReactNode }) {
  const user = await requirePage();
  return (
    <AreaShell area="hosting">
      <IncidentBanner user={user} />
      <MaintenanceBanner user={user} />
      <VerifyEmailBanner user={user} />
      {children}
    </AreaShell>
  );
}
