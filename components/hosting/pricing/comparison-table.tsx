import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatMoney } from "@/lib/format";
import { defaultConfiguration, detailedQuote } from "@/lib/hosting/pricing";
import type { PlanView } from "./plan-view";

type Row = { key: string; label: string; cell: (plan: PlanView) => ReactNode };
type Section = { key: string; label: string; rows: Row[] };

/** Every plan side by side; scrolls horizontally on small screens with the row headers kept in view. */
export async function ComparisonTable({ plans, captionId }: { plans: PlanView[]; captionId: string }) {
  const [t, locale] = await Promise.all([getTranslations("pricing.compare"), getLocale()]);
  const money = (cents: number) => formatMoney(cents, locale);
  const gb = (count: number) => t("gb", { count });
  const yearly = (plan: PlanView) => detailedQuote(plan, defaultConfiguration(plan, "YEARLY"));
  const option = (included: boolean, cents: number) =>
    included ? <span className="check-mark font-medium text-success">{t("included")}</span> : t("perMonth", { price: money(cents) });

  const sections: Section[] = [
    {
      key: "price",
      label: t("sections.price"),
      rows: [
        { key: "monthly", label: t("rows.monthly"), cell: (p) => t("perMonth", { price: money(p.monthlyPriceCents) }) },
        {
          key: "yearlyPerMonth",
          label: t("rows.yearlyPerMonth"),
          cell: (p) => t("perMonth", { price: money(yearly(p).yearlyPerMonthCents) }),
        },
        { key: "yearly", label: t("rows.yearly"), cell: (p) => t("perYear", { price: money(yearly(p).yearlyCents) }) },
        {
          key: "discount",
          label: t("rows.discount"),
          cell: (p) => (p.yearlyDiscountPercent > 0 ? t("percent", { percent: p.yearlyDiscountPercent }) : "—"),
        },
      ],
    },
    {
      key: "resources",
      label: t("sections.resources"),
      rows: [
        { key: "cpu", label: t("rows.cpu"), cell: (p) => t("cpu", { count: p.cpuIncluded }) },
        {
          key: "cpuRange",
          label: t("rows.cpuRange"),
          cell: (p) => t("range", { min: t("cpu", { count: p.cpuMin }), max: t("cpu", { count: p.cpuMax }) }),
        },
        { key: "cpuUnit", label: t("rows.cpuUnit"), cell: (p) => t("perMonth", { price: money(p.cpuUnitCents) }) },
        { key: "ram", label: t("rows.ram"), cell: (p) => gb(p.ramIncludedGb) },
        { key: "ramRange", label: t("rows.ramRange"), cell: (p) => t("range", { min: gb(p.ramMinGb), max: gb(p.ramMaxGb) }) },
        { key: "ramUnit", label: t("rows.ramUnit"), cell: (p) => t("perMonth", { price: money(p.ramUnitCents) }) },
        { key: "storage", label: t("rows.storage"), cell: (p) => gb(p.storageIncludedGb) },
        {
          key: "storageRange",
          label: t("rows.storageRange"),
          cell: (p) => t("range", { min: gb(p.storageMinGb), max: gb(p.storageMaxGb) }),
        },
        { key: "storageUnit", label: t("rows.storageUnit"), cell: (p) => t("perMonth", { price: money(p.storageUnitCents) }) },
      ],
    },
    {
      key: "options",
      label: t("sections.options"),
      rows: [
        { key: "ssl", label: t("rows.ssl"), cell: (p) => option(p.sslIncluded, p.sslCents) },
        { key: "backup", label: t("rows.backup"), cell: (p) => option(p.backupIncluded, p.backupCents) },
        { key: "cdn", label: t("rows.cdn"), cell: (p) => option(p.cdnIncluded, p.cdnCents) },
      ],
    },
    {
      key: "usage",
      label: t("sections.usage"),
      rows: [
        {
          key: "bandwidth",
          label: t("rows.bandwidth"),
          cell: (p) => (p.bandwidthGb === null ? t("unlimited") : t("perMonthUnit", { amount: gb(p.bandwidthGb) })),
        },
        {
          key: "websites",
          label: t("rows.websites"),
          cell: (p) => (p.websites === null ? t("unlimitedSites") : t("sites", { count: p.websites })),
        },
      ],
    },
  ];

  // Plain elements styled by `.compare-table` (globals.css): the page's largest block stays light to send and hydrate.
  return (
    <div
      role="region"
      aria-label={t("scrollRegion")}
      // Plans side by side: on a phone the comparison scrolls sideways on purpose, its first column kept.
      data-scroll-x=""
      tabIndex={0}
      className="overflow-x-auto rounded-xl border bg-card shadow-sm focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
    >
      <table className="compare-table" aria-labelledby={captionId}>
        <colgroup>
          <col className="w-56" />
          {plans.map((plan) => (
            <col key={plan.id} className={plan.highlighted ? "bg-primary/5" : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("feature")}</th>
            {plans.map((plan) => (
              <th key={plan.id} scope="col" className={plan.highlighted ? "text-primary" : undefined}>
                {plan.name}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.key}>
            <tr>
              <th scope="rowgroup" colSpan={plans.length + 1}>
                <span>{section.label}</span>
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {plans.map((plan) => (
                  <td key={plan.id}>{row.cell(plan)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
