"use client";

import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { funnelRowHeight } from "./funnel-size";

/** Recharts in the browser only: loaded through `lazy-funnel-chart.tsx`, never in the page's first bundle. */

export type FunnelChartStep = {
  key: string;
  label: string;
  sessions: number;
  /** Shown at the bar's end: count and share of starts. */
  caption: string;
  ofStarts: string | null;
  dropOff: string | null;
};

const axisTick = { fill: "var(--muted-foreground)", fontSize: 12 };

export function FunnelChart({
  steps,
  labels,
}: {
  steps: FunnelChartStep[];
  labels: { sessions: string; ofStarts: string; dropOff: string };
}) {
  const content = ({ active, payload }: TooltipContentProps) => {
    const step = payload?.[0]?.payload as FunnelChartStep | undefined;
    if (!active || !step) return null;
    const rows = [
      { name: labels.sessions, value: String(step.sessions) },
      ...(step.ofStarts ? [{ name: labels.ofStarts, value: step.ofStarts }] : []),
      ...(step.dropOff ? [{ name: labels.dropOff, value: step.dropOff }] : []),
    ];
    return (
      <div className="min-w-48 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
        <p className="mb-1 font-medium">{step.label}</p>
        <ul className="flex flex-col gap-0.5">
          {rows.map((row) => (
            <li key={row.name} className="flex items-center justify-between gap-4">
              <span className="text-muted-foreground">{row.name}</span>
              <span className="font-medium tabular-nums">{row.value}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
  return (
    // Inside a figure described by its label (the forms page): no keyboard stop of its own (recharts' layer).
    <BarChart
      data={steps}
      accessibilityLayer={false}
      layout="vertical"
      responsive
      style={{ width: "100%", height: steps.length * funnelRowHeight + 16 }}
      margin={{ top: 8, right: 96, bottom: 8, left: 0 }}
    >
      <XAxis type="number" hide domain={[0, "dataMax"]} />
      <YAxis type="category" dataKey="label" tick={axisTick} tickLine={false} axisLine={false} width={132} />
      <Tooltip content={content} cursor={{ fill: "var(--muted)", opacity: 0.6 }} />
      <Bar dataKey="sessions" radius={[0, 4, 4, 0]} maxBarSize={26} isAnimationActive={false}>
        {steps.map((step) => (
          <Cell
            key={step.key}
            fill={step.key === "SUBMIT" ? "var(--chart-2)" : step.key === "VIEW" ? "var(--chart-5)" : "var(--chart-1)"}
          />
        ))}
        <LabelList dataKey="caption" position="right" style={{ fill: "var(--foreground)", fontSize: 12 }} />
      </Bar>
    </BarChart>
  );
}
