import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { AlertsCard } from "@/components/livepulse/alerts/alerts-card";
import { livepulseNames } from "@/components/livepulse/names-server";
import { RuleFormDialog } from "@/components/livepulse/alerts/rule-form-dialog";
import { RulesCard } from "@/components/livepulse/alerts/rules-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { firingAlerts, listAlerts, listAlertRules, listMonitorOptions } from "@/lib/livepulse/alerts/queries";
import { alertListQuery } from "@/lib/livepulse/alerts/schemas";
import { channels } from "@/lib/realtime/channels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseAlerts"))("title") };
}

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = alertListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : alertListQuery.parse({});
  const manage = can(user.role, "livepulse:manage");
  const acknowledge = can(user.role, "livepulse:acknowledge");
  const [alerts, rules, firing, monitorOptions, t, nameOf] = await Promise.all([
    listAlerts(user, query),
    listAlertRules(user),
    firingAlerts(user),
    manage ? listMonitorOptions(user) : Promise.resolve([]),
    getTranslations("livepulseAlerts"),
    livepulseNames(),
  ]);
  const monitors = monitorOptions.map((monitor) => ({ id: monitor.id, name: nameOf(monitor) }));

  return (
    <ClientMessages namespaces={["livepulseAlerts", "alertMetric", "alertComparator", "alertSeverity"]}>
      <LiveRefresh channel={channels.livepulse} events={["alert.updated"]} />
      <div className="flex flex-col gap-6">
        <PageHeader
          title={t("title")}
          description={t("subtitle")}
          className="pb-0"
          actions={manage ? <RuleFormDialog monitors={monitors} /> : undefined}
        />

        <AlertsCard alerts={alerts} query={query} firing={firing} acknowledge={acknowledge} />
        <RulesCard rules={rules} monitors={monitors} manage={manage} />
      </div>
    </ClientMessages>
  );
}
