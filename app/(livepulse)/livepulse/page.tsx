import { Activity, BellRing, Eye, Send } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiCard } from "@/components/status/kpi-card";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { livePulseOverview } from "@/lib/livepulse/overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Live Pulse" };
}

export default async function LivePulsePage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const [overview, t, locale] = await Promise.all([livePulseOverview(user), getTranslations("livepulse"), getLocale()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard label={t("services")} value={overview.services.length} icon={<Activity />} />
        <KpiCard label={t("openAlerts")} value={overview.alerts.length} icon={<BellRing />} />
        <KpiCard label={t("formViews")} value={overview.formViews} icon={<Eye />} />
        <KpiCard label={t("formSubmissions")} value={overview.formSubmissions} icon={<Send />} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("services")}</CardTitle>
          </CardHeader>
          <CardContent>
            {overview.services.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noServices")}</p>
            ) : (
              <ul className="divide-y">
                {overview.services.map((service) => (
                  <li key={service.id} className="flex items-center justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">{service.name}</p>
                      <p className="text-xs text-muted-foreground">
                        {service.lastCheckedAt
                          ? t("lastChecked", { time: formatDate(service.lastCheckedAt, locale, true) })
                          : t("neverChecked")}
                        {service.lastLatencyMs !== null && ` · ${t("latency", { ms: service.lastLatencyMs })}`}
                      </p>
                    </div>
                    <StatusBadge kind="serviceStatus" value={service.lastStatus} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("openAlerts")}</CardTitle>
          </CardHeader>
          <CardContent>
            {overview.alerts.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noAlerts")}</p>
            ) : (
              <ul className="divide-y">
                {overview.alerts.map((alert) => (
                  <li key={alert.id} className="flex items-center justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">{alert.rule.name}</p>
                      <p className="text-xs text-muted-foreground">{alert.message}</p>
                    </div>
                    <StatusBadge kind="alertSeverity" value={alert.severity} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
