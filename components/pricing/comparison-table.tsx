import { Check } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import { defaultConfiguration, detailedQuote } from "@/lib/hosting/pricing";
import { cn } from "@/lib/utils";
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
    included ? (
      <span className="inline-flex items-center gap-1.5 font-medium text-success">
        <Check className="size-4" aria-hidden="true" />
        {t("included")}
      </span>
    ) : (
      t("perMonth", { price: money(cents) })
    );

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

  const sticky = "sticky left-0 z-10 bg-card";
  return (
    <div
      role="region"
      aria-label={t("scrollRegion")}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border bg-card shadow-sm focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
    >
      <table className="w-full min-w-[720px] border-separate border-spacing-0 text-sm" aria-labelledby={captionId}>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead scope="col" className={cn(sticky, "h-14 w-56 border-b px-4 text-foreground")}>
              {t("feature")}
            </TableHead>
            {plans.map((plan) => (
              <TableHead
                key={plan.id}
                scope="col"
                className={cn(
                  "h-14 border-b px-4 text-center text-base font-semibold text-foreground",
                  plan.highlighted && "bg-primary/5 text-primary",
                )}
              >
                {plan.name}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        {sections.map((section) => (
          <TableBody key={section.key}>
            <TableRow className="hover:bg-transparent">
              <TableHead
                scope="rowgroup"
                colSpan={plans.length + 1}
                className="h-auto border-b bg-muted px-4 py-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase"
              >
                <span className="sticky left-4">{section.label}</span>
              </TableHead>
            </TableRow>
            {section.rows.map((row) => (
              <TableRow key={row.key} className="group/row hover:bg-transparent">
                <TableHead
                  scope="row"
                  className={cn(
                    sticky,
                    "h-auto border-b px-4 py-3 font-normal whitespace-normal text-muted-foreground group-hover/row:bg-muted",
                  )}
                >
                  {row.label}
                </TableHead>
                {plans.map((plan) => (
                  <TableCell
                    key={plan.id}
                    className={cn(
                      "border-b px-4 py-3 text-center tabular-nums group-hover/row:bg-muted/60",
                      plan.highlighted && "bg-primary/5",
                    )}
                  >
                    {row.cell(plan)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        ))}
      </table>
    </div>
  );
}
