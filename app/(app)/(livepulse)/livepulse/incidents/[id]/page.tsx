import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { IncidentUpdateForm } from "@/components/livepulse/incidents/incident-update-form";
import { alertNames } from "@/components/livepulse/names-server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { getDateFormat } from "@/lib/date-format-server";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { channels } from "@/lib/realtime/channels";
import { getIncident } from "@/lib/status-page/queries";
import { incidentIdParams } from "@/lib/status-page/schemas";
import { serviceName } from "@/lib/status-page/service-name";

type Props = { params: Promise<{ id: string }> };

async function load(props: Props) {
  const user = await requirePage("livepulse:read");
  const parsed = incidentIdParams.safeParse(await props.params);
  if (!parsed.success) notFound();
  try {
    return { user, incident: await getIncident(user, parsed.data.id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { incident } = await load(props);
  return { title: incident.title };
}

export default async function IncidentPage(props: Props) {
  const { user, incident } = await load(props);
  const [t, dates, locale, alertName] = await Promise.all([getTranslations("incidents"), getDateFormat(), getLocale(), alertNames()]);
  const manage = can(user.role, "incidents:manage");
  const services = incident.services.map(({ service }) => serviceName(service, locale));

  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh channel={channels.status} events={["incident.updated"]} match={{ id: incident.id }} />
      <PageHeader
        title={<span className="break-words">{incident.title}</span>}
        className="pb-0"
        eyebrow={
          <Link href="/livepulse/incidents" className="hover:text-foreground hover:underline">
            {t("backToList")}
          </Link>
        }
        description={t("detail.declared", {
          date: formatDate(incident.createdAt, dates, true),
          name: incident.createdBy?.name ?? t("unknownAuthor"),
        })}
        actions={
          <div className="flex flex-wrap gap-1.5" data-testid="incident-badges">
            <StatusBadge kind="incidentImpact" value={incident.impact} />
            <StatusBadge kind="incidentState" value={incident.state} />
          </div>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              {t("detail.timeline")}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ol className="flex flex-col gap-5 border-l pl-5" data-testid="incident-timeline">
              {incident.updates.map((update) => (
                <li key={update.id} className="relative" data-testid="incident-update">
                  <span
                    aria-hidden="true"
                    className="absolute top-1.5 -left-[25px] size-2.5 rounded-full border-2 border-background bg-primary"
                  />
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge kind="incidentState" value={update.state} />
                    <span className="text-xs text-muted-foreground">
                      {t("detail.wrote", {
                        name: update.author?.name ?? t("unknownAuthor"),
                        date: formatDate(update.createdAt, dates, true),
                      })}
                    </span>
                  </div>
                  <p className="mt-2 text-sm whitespace-pre-line break-words">{update.message}</p>
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardContent className="flex flex-col gap-3 text-sm">
              <div>
                <p className="text-xs text-muted-foreground">{t("detail.services")}</p>
                <p className="font-medium break-words" data-testid="incident-services">
                  {services.join(", ")}
                </p>
              </div>
              {incident.alert && (
                <div>
                  <p className="text-xs text-muted-foreground">{t("detail.alert")}</p>
                  <Link
                    href="/livepulse/alerts?status=all"
                    className="font-medium break-words hover:underline"
                    data-testid="incident-alert"
                  >
                    {alertName(incident.alert)}
                  </Link>
                </div>
              )}
              {incident.resolvedAt && (
                <p className="text-muted-foreground">{t("detail.resolvedAt", { date: formatDate(incident.resolvedAt, dates, true) })}</p>
              )}
              <Link href={`/status#incident-${incident.id}`} target="_blank" className="text-primary hover:underline">
                {t("statusPage")}
              </Link>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2" className="text-base">
                {t("detail.post")}
              </CardTitle>
              <CardDescription>{manage ? t("detail.postHint") : t("detail.readOnly")}</CardDescription>
            </CardHeader>
            {manage && (
              <CardContent>
                <ClientMessages namespaces={["incidents", "incidentState"]}>
                  <IncidentUpdateForm id={incident.id} state={incident.state} />
                </ClientMessages>
              </CardContent>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
