import { ServerCog } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { MonitorCard } from "@/components/livepulse/services/monitor-card";
import { MonitorFormDialog } from "@/components/livepulse/services/monitor-form-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { listMonitors } from "@/lib/livepulse/monitors/queries";
import { listPlansForAdmin } from "@/lib/hosting/plans/queries";
import { publicationsByCheck } from "@/lib/status-page/queries";
import { channels } from "@/lib/realtime/channels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseServices"))("title") };
}

export default async function ServicesPage() {
  const user = await requirePage("livepulse:read");
  const now = new Date();
  const manage = can(user.role, "livepulse:manage");
  const [monitors, publications, plans, t, locale] = await Promise.all([
    listMonitors(user, now),
    publicationsByCheck(user),
    manage ? listPlansForAdmin(user).then((rows) => rows.map((plan) => ({ id: plan.id, name: plan.name }))) : Promise.resolve([]),
    getTranslations("livepulseServices"),
    getLocale(),
  ]);
  const enabled = monitors.filter((m) => m.enabled);
  const count = (status: string) => enabled.filter((m) => m.status === status).length;

  return (
    <ClientMessages namespaces={["livepulseServices", "serviceCheckKind", "serviceStatus", "statusPublication"]}>
      <LiveRefresh channel={channels.livepulse} events={["monitor.updated"]} />
      <LiveRefresh channel={channels.status} events={["status.updated"]} onFocus={false} />
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} description={t("subtitle")} className="pb-0" actions={manage ? <MonitorFormDialog /> : undefined} />
        {monitors.length === 0 ? (
          <EmptyState icon={<ServerCog />} title={t("empty")} description={manage ? t("emptyHint") : t("emptyHintRead")} />
        ) : (
          <>
            <p className="text-sm text-muted-foreground" data-testid="monitor-summary">
              {t("summary", { up: count("UP"), degraded: count("DEGRADED"), down: count("DOWN") })}
            </p>
            <div className="grid gap-4 lg:grid-cols-2">
              {monitors.map((monitor) => (
                <MonitorCard
                  key={monitor.id}
                  monitor={monitor}
                  now={now.getTime()}
                  locale={locale}
                  manage={manage}
                  publication={publications.get(monitor.id) ?? null}
                  plans={plans}
                />
              ))}
            </div>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
