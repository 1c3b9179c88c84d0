import type { Metadata } from "next";
import Link from "next/link";
import { Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { listChannelOptions } from "@/lib/livepulse/channels/queries";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { AlertsCard } from "@/components/livepulse/alerts/alerts-card";
import { livepulseNames } from "@/components/livepulse/names-server";
import { RaiseAlertDialog } from "@/components/livepulse/alerts/raise-alert-dialog";
import { RuleFormDialog } from "@/components/livepulse/alerts/rule-form-dialog";
import { RulesCard } from "@/components/livepulse/alerts/rules-card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { firingAlerts, listAlerts, listAlertRules, listMonitorOptions } from "@/lib/livepulse/alerts/queries";
import { alertListQuery } from "@/lib/livepulse/alerts/schemas";
import { channels } from "@/lib/realtime/channels";
import { incidentsOfAlerts } from "@/lib/status-page/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseAlerts"))("title") };
}

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = alertListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : alertListQuery.parse({});
  const manage = can(user.role, "livepulse:manage");
  const acknowledge = can(user.role, "livepulse:acknowledge");
  const raise = can(user.role, "alerts:raise");
  const [alerts, rules, firing, monitorOptions, channelOptions, t, nameOf] = await Promise.all([
    listAlerts(user, query),
    listAlertRules(user),
    firingAlerts(user),
    manage || raise ? listMonitorOptions(user) : Promise.resolve([]),
    manage ? listChannelOptions(user) : Promise.resolve([]),
    getTranslations("livepulseAlerts"),
    livepulseNames(),
  ]);
  const declare = can(user.role, "incidents:manage");
  const incidents = await incidentsOfAlerts(
    user,
    alerts.items.filter((alert) => alert.status !== "RESOLVED").map((alert) => alert.id),
  );
  const monitors = monitorOptions.map((monitor) => ({ id: monitor.id, name: nameOf(monitor) }));
  const channelChoices = channelOptions.map((channel) => ({ ...channel, name: nameOf(channel) }));

  return (
    <ClientMessages namespaces={["livepulseAlerts", "alertMetric", "alertComparator", "alertSeverity", "alertChannelKind"]}>
      <LiveRefresh channel={channels.livepulse} events={["alert.updated"]} />
      <LiveRefresh channel={channels.status} events={["incident.updated"]} onFocus={false} />
      <div className="flex flex-col gap-6">
        <PageHeader
          title={t("title")}
          description={t("subtitle")}
          className="pb-0"
          actions={
            manage || raise ? (
              <>
                {manage && (
                  <Button asChild variant="outline">
                    <Link href="/livepulse/alerts/channels">
                      <Send aria-hidden="true" />
                      {t("channelsLink")}
                    </Link>
                  </Button>
                )}
                {raise && <RaiseAlertDialog monitors={monitors} />}
                {manage && <RuleFormDialog monitors={monitors} channels={channelChoices} />}
              </>
            ) : undefined
          }
        />

        <AlertsCard alerts={alerts} query={query} firing={firing} acknowledge={acknowledge} declare={declare} incidents={incidents} />
        <RulesCard rules={rules} monitors={monitors} channels={channelChoices} manage={manage} />
      </div>
    </ClientMessages>
  );
}
