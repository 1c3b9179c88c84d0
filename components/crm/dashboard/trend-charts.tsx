"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { chartHeight } from "./chart-size";

/** Recharts in the browser only: loaded through `lazy-charts.tsx`, never in the page's first bundle. */

export type ChartSeries = { key: string; name: string; color: string };
export type LeadsPerWeekPoint = { label: string; tooltipLabel: string; total: number } & Record<string, number | string>;
export type WonPerMonthPoint = { label: string; tooltipLabel: string; valueCents: number; count: number };

const axisTick = { fill: "var(--muted-foreground)", fontSize: 12 };

function TooltipBox({ title, rows }: { title: string; rows: Array<{ name: string; value: string; color?: string }> }) {
  return (
    <div className="min-w-40 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="mb-1 font-medium">{title}</p>
      <ul className="flex flex-col gap-0.5">
        {rows.map((row) => (
          <li key={row.name} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-muted-foreground">
              {row.color && <span className="size-2 rounded-full" style={{ background: row.color }} aria-hidden="true" />}
              {row.name}
            </span>
            <span className="font-medium tabular-nums">{row.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LeadsPerWeekChart({
  data,
  series,
  totalLabel,
  locale,
}: {
  data: LeadsPerWeekPoint[];
  series: ChartSeries[];
  totalLabel: string;
  locale: string;
}) {
  const count = new Intl.NumberFormat(locale);
  const content = ({ active, payload }: TooltipContentProps) => {
    const point = payload?.[0]?.payload as LeadsPerWeekPoint | undefined;
    if (!active || !point) return null;
    const rows = series
      .filter((s) => Number(point[s.key]) > 0)
      .reverse()
      .map((s) => ({ name: s.name, value: count.format(Number(point[s.key])), color: s.color }));
    return <TooltipBox title={point.tooltipLabel} rows={[...rows, { name: totalLabel, value: count.format(point.total) }]} />;
  };
  return (
    // Hidden from assistive technology, which reads the table beside it: no keyboard stop of its own (recharts' layer).
    <BarChart
      data={data}
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: chartHeight }}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} interval="preserveStartEnd" minTickGap={12} />
      <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={48} />
      <Tooltip content={content} cursor={{ fill: "var(--muted)", opacity: 0.6 }} />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} stackId="leads" fill={s.color} maxBarSize={36} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

export function WonPerMonthChart({
  data,
  locale,
  valueLabel,
  countLabel,
}: {
  data: WonPerMonthPoint[];
  locale: string;
  valueLabel: string;
  countLabel: string;
}) {
  const intlLocale = locale === "fr" ? "fr-FR" : "en-IE";
  const money = new Intl.NumberFormat(intlLocale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(intlLocale, { style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1 });
  const content = ({ active, payload }: TooltipContentProps) => {
    const point = payload?.[0]?.payload as WonPerMonthPoint | undefined;
    if (!active || !point) return null;
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
    // As above: the table beside it is what assistive technology reads.
    <BarChart
      data={data}
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: chartHeight }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} interval="preserveStartEnd" minTickGap={8} />
      <YAxis tick={axisTick} tickLine={false} axisLine={false} width={64} tickFormatter={(cents: number) => compact.format(cents / 100)} />
      <Tooltip content={content} cursor={{ fill: "var(--muted)", opacity: 0.6 }} />
      <Bar dataKey="valueCents" name={valueLabel} fill="var(--chart-2)" maxBarSize={36} radius={[3, 3, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
