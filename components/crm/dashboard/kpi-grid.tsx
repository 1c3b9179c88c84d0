import { AlarmClock, Inbox, LifeBuoy, Percent, Trophy, Wallet } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiCard } from "@/components/status/kpi-card";
import type { CrmOverview } from "@/lib/crm/analytics/overview";
import { formatMoney } from "@/lib/format";
import { ChangeIndicator } from "./change-indicator";

function Detail({ children }: { children: React.ReactNode }) {
  return <span className="flex flex-col gap-0.5">{children}</span>;
}

/** The dashboard's headline figures, each with its change against the previous period. */
export async function KpiGrid({ overview }: { overview: CrmOverview }) {
  const [t, tChange, locale] = await Promise.all([getTranslations("dashboard.kpi"), getTranslations("dashboard.change"), getLocale()]);
  const { sales, tickets, range } = overview;
  const days = range.days;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "long", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );

  return (
    <section className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-labelledby="kpi-title" data-testid="kpis">
      <h2 id="kpi-title" className="sr-only">
        {t("title")}
      </h2>
      {sales && (
        <>
          <KpiCard
            label={t("newLeads")}
            value={sales.newLeads.value}
            icon={<Inbox />}
            detail={
              <Detail>
                <ChangeIndicator kpi={sales.newLeads} versus={tChange("previousPeriod", { days })} />
              </Detail>
            }
          />
          <KpiCard
            label={t("conversionRate")}
            value={sales.conversionRate.value === null ? "—" : percent.format(sales.conversionRate.value)}
            icon={<Percent />}
            detail={
              <Detail>
                <span>
                  {sales.conversionRate.won + sales.conversionRate.lost === 0
                    ? t("noClosedLeads")
                    : t("conversionDetail", { won: sales.conversionRate.won, lost: sales.conversionRate.lost })}
                </span>
                <ChangeIndicator kpi={sales.conversionRate} kind="points" versus={tChange("previousPeriod", { days })} />
              </Detail>
            }
          />
          <KpiCard
            label={t("pipelineValue")}
            value={formatMoney(sales.pipeline.value ?? 0, locale)}
            icon={<Wallet />}
            detail={
              <Detail>
                <span>{t("pipelineDetail", { count: sales.pipeline.count })}</span>
                <ChangeIndicator kpi={sales.pipeline} versus={tChange("periodStart", { days })} />
              </Detail>
            }
          />
          <KpiCard
            label={t("wonThisMonth")}
            value={formatMoney(sales.wonThisMonth.value ?? 0, locale)}
            icon={<Trophy />}
            detail={
              <Detail>
                <span>{t("wonDetail", { count: sales.wonThisMonth.count, month: monthName(sales.wonThisMonth.month) })}</span>
                <ChangeIndicator kpi={sales.wonThisMonth} versus={tChange("lastMonth")} />
              </Detail>
            }
          />
        </>
      )}
      <KpiCard
        label={t("openTickets")}
        value={tickets.open}
        icon={<LifeBuoy />}
        detail={
          <Detail>
            <span>{t("ticketsDetail", { urgent: tickets.urgentOpen, opened: tickets.opened.value ?? 0 })}</span>
            <ChangeIndicator kpi={tickets.opened} higherIsBetter={false} versus={tChange("previousPeriod", { days })} />
          </Detail>
        }
      />
      {sales && (
        <KpiCard
          label={t("overdue")}
          value={sales.overdueActivities.value}
          icon={<AlarmClock />}
          detail={
            <Detail>
              <span>
                {sales.overdueActivities.value === 0 ? t("overdueNone") : t("overdueDetail", { mine: sales.overdueActivities.mine })}
              </span>
            </Detail>
          }
        />
      )}
    </section>
  );
}
