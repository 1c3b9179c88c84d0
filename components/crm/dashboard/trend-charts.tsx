"use client";

import { ChartFrame, slotHover } from "@/components/charts/chart-frame";
import { ColumnBars } from "@/components/charts/column-bars";
import { TooltipBox } from "@/components/charts/tooltip-box";
import type { AxisLabel, LabelledAxis } from "@/components/charts/value-axis";
import { chartHeight } from "./chart-size";

/**
 * The dashboard's two trend charts, drawn in HTML on the server and given their tooltips in the
 * browser. Their value axes come labelled from the server (dashboard-charts.tsx).
 */

export type ChartSeries = { key: string; name: string; color: string };
export type LeadsPerWeekPoint = { label: string; tooltipLabel: string; total: number } & Record<string, number | string>;
export type WonPerMonthPoint = { label: string; tooltipLabel: string; valueCents: number; count: number };

const maxBarWidth = 36;

/** Labels under the slots' centres. */
function slotLabels(labels: string[]): AxisLabel[] {
  return labels.map((label, index) => ({ at: (index + 0.5) / labels.length, label }));
}

export function LeadsPerWeekChart({
  data,
  axis,
  series,
  totalLabel,
  locale,
}: {
  data: LeadsPerWeekPoint[];
  axis: LabelledAxis;
  series: ChartSeries[];
  totalLabel: string;
  locale: string;
}) {
  const count = new Intl.NumberFormat(locale);
  const tooltip = (index: number) => {
    const point = data[index];
    if (!point) return null;
    const rows = series
      .filter((s) => Number(point[s.key]) > 0)
      .reverse()
      .map((s) => ({ name: s.name, value: count.format(Number(point[s.key])), color: s.color }));
    return <TooltipBox title={point.tooltipLabel} rows={[...rows, { name: totalLabel, value: count.format(point.total) }]} />;
  };
  return (
    <ChartFrame
      height={chartHeight}
      yTicks={axis.ticks}
      yWidth={40}
      xLabels={slotLabels(data.map((point) => point.label))}
      hoverAt={slotHover(data.length)}
      tooltip={tooltip}
    >
      <ColumnBars
        columns={data.map((point) => series.map((s) => ({ value: Number(point[s.key]) || 0, color: s.color })))}
        top={axis.top}
        maxWidth={maxBarWidth}
      />
    </ChartFrame>
  );
}

export function WonPerMonthChart({
  data,
  axis,
  locale,
  valueLabel,
  countLabel,
}: {
  data: WonPerMonthPoint[];
  axis: LabelledAxis;
  locale: string;
  valueLabel: string;
  countLabel: string;
}) {
  const intlLocale = locale === "fr" ? "fr-FR" : "en-IE";
  const money = new Intl.NumberFormat(intlLocale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const tooltip = (index: number) => {
    const point = data[index];
    if (!point) return null;
    return (
      <TooltipBox
        title={point.tooltipLabel}
        rows={[
          { name: valueLabel, value: money.format(point.valueCents / 100), color: "var(--chart-2)" },
          { name: countLabel, value: String(point.count) },
        ]}
      />
    );
  };
  return (
    <ChartFrame
      height={chartHeight}
      yTicks={axis.ticks}
      yWidth={64}
      xLabels={slotLabels(data.map((point) => point.label))}
      hoverAt={slotHover(data.length)}
      tooltip={tooltip}
    >
      <ColumnBars
        columns={data.map((point) => [{ value: point.valueCents / 100, color: "var(--chart-2)" }])}
        top={axis.top}
        maxWidth={maxBarWidth}
        className="rounded-t-[3px]"
      />
    </ChartFrame>
  );
}
