import { Siren } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** On an open alert: declare an incident from it in one click, or open the one already declared. */
export async function DeclareFromAlert({ alertId, alertName, incidentId }: { alertId: string; alertName: string; incidentId?: string }) {
  const t = await getTranslations("incidents");
  return (
    <Button asChild size="sm" variant={incidentId ? "ghost" : "outline"}>
      {incidentId ? (
        <Link href={`/livepulse/incidents/${encodeURIComponent(incidentId)}`} data-testid="alert-incident">
          <Siren aria-hidden="true" /> {t("openIncident")}
        </Link>
      ) : (
        <Link
          href={`/livepulse/incidents/new?alert=${encodeURIComponent(alertId)}`}
          aria-label={t("fromAlertNamed", { name: alertName })}
          data-testid="declare-from-alert"
        >
          <Siren aria-hidden="true" /> {t("fromAlert")}
        </Link>
      )}
    </Button>
  );
}
