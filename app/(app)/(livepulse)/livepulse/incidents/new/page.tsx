import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/client-messages";
import { DeclareIncidentForm } from "@/components/livepulse/incidents/declare-incident-form";
import { alertNames } from "@/components/livepulse/names-server";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { alertPrefill, publishedServiceOptions } from "@/lib/status-page/queries";
import type { DeclareIncidentInput } from "@/lib/status-page/schemas";
import { serviceName } from "@/lib/status-page/service-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("incidents.new"))("title") };
}

const pageQuery = z.object({ alert: z.string().trim().min(1).max(40).optional().catch(undefined) });

/** The alert's severity as the incident's first impact: critical is major, the rest minor. */
const impactOf = (severity: string | undefined): DeclareIncidentInput["impact"] => (severity === "CRITICAL" ? "MAJOR" : "MINOR");

export default async function DeclareIncidentPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("incidents:manage");
  const { alert: alertId } = pageQuery.parse(await searchParams);
  const [services, alert, t, locale, nameAlert] = await Promise.all([
    publishedServiceOptions(user),
    alertId ? alertPrefill(user, alertId) : Promise.resolve(null),
    getTranslations("incidents"),
    getLocale(),
    alertNames(),
  ]);
  const alertName = alert ? nameAlert(alert) : null;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        title={t("new.title")}
        description={t("new.subtitle")}
        className="pb-0"
        eyebrow={
          <Link href="/livepulse/incidents" className="hover:text-foreground hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      {alertName && (
        <p className="rounded-md border bg-muted/40 px-3 py-2 text-sm" data-testid="declare-from-alert">
          {t("new.fromAlert", { name: alertName })}
        </p>
      )}
      {alertId && !alert && <p className="text-sm text-muted-foreground">{t("new.alertGone")}</p>}
      <Card>
        <CardContent>
          <ClientMessages namespaces={["incidents", "incidentImpact", "incidentState"]}>
            <DeclareIncidentForm
              services={services.map((service) => ({ id: service.id, name: serviceName(service, locale) }))}
              defaults={{
                title: alertName ?? "",
                serviceIds: alert?.serviceId ? [alert.serviceId] : [],
                alertId: alert?.id ?? null,
                impact: impactOf(alert?.severity),
              }}
            />
          </ClientMessages>
        </CardContent>
      </Card>
    </div>
  );
}
