import { CircleAlert, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/auth/session";
import { channels } from "@/lib/realtime/channels";
import { incidentsAffecting } from "@/lib/status-page/affected";

/**
 * Above a customer's portal while an incident touches their services (a service of their plan, or
 * one every customer uses), with a link to the status page; it appears, changes and goes live.
 */
export async function IncidentBanner({ user }: { user: SessionUser }) {
  if (user.role !== "CUSTOMER") return null;
  const [incidents, t, tImpact] = await Promise.all([
    incidentsAffecting(user),
    getTranslations("statusPage"),
    getTranslations("incidentImpact"),
  ]);
  return (
    <>
      <LiveRefresh channel={channels.status} events={["incident.updated", "status.updated"]} onFocus={false} />
      {incidents.map((incident) => {
        const severe = incident.impact === "MAJOR" || incident.impact === "CRITICAL";
        const Icon = severe ? CircleAlert : TriangleAlert;
        return (
          <Alert
            key={incident.id}
            variant={severe ? "destructive" : "warning"}
            className="mb-6"
            data-testid="incident-banner"
            data-incident-id={incident.id}
          >
            <Icon aria-hidden="true" />
            <AlertTitle className="break-words">{t("bannerTitle", { title: incident.title })}</AlertTitle>
            <AlertDescription className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <span>{t("bannerImpact", { impact: tImpact(incident.impact) })}</span>
              <Link href={`/status#incident-${incident.id}`} className="font-medium underline underline-offset-4">
                {t("bannerMore")}
              </Link>
            </AlertDescription>
          </Alert>
        );
      })}
    </>
  );
}
