"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { latencyChartHeight } from "./chart-size";

/** Recharts in the browser only: loaded through `lazy-latency-chart.tsx`, never in the page's first bundle. */

export type LatencyPoint = { at: number; latencyMs: number | null; down: boolean };

const axisTick = { fill: "var(--muted-foreground)", fontSize: 11 };

export function LatencyChart({
  points,
  from,
  to,
  locale,
  downLabel,
}: {
  points: LatencyPoint[];
  from: number;
  to: number;
  locale: string;
  downLabel: string;
}) {
  const time = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const content = ({ active, payload }: TooltipContentProps) => {
    const point = payload?.[0]?.payload as LatencyPoint | undefined;
    if (!active || !point) return null;
    return (
      <div className="rounded-md border bg-popover px-2.5 py-1.5 text-xs text-popover-foreground shadow-md">
        <p className="font-medium">{time.format(point.at)}</p>
        <p className="tabular-nums">
          {point.latencyMs === null ? "—" : `${number.format(point.latencyMs)} ms`}
          {point.down && <span className="ml-2 font-medium text-destructive">{downLabel}</span>}
        </p>
      </div>
    );
  };
  return (
    // Inside an image described by its label (monitor-card.tsx): no keyboard stop of its own (recharts' layer).
    <AreaChart
      data={points}
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: latencyChartHeight }}
      margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey="at"
        type="number"
        scale="time"
        domain={[from, to]}
        tickFormatter={(value: number) => time.format(value)}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        minTickGap={40}
      />
      <YAxis tick={axisTick} tickLine={false} axisLine={false} width={40} allowDecimals={false} />
      <Tooltip content={content} cursor={{ stroke: "var(--muted-foreground)", strokeDasharray: "3 3" }} />
      {points
        .filter((p) => p.down)
        .map((p) => (
          <ReferenceLine key={p.at} x={p.at} stroke="var(--destructive)" strokeOpacity={0.6} strokeWidth={2} />
        ))}
      <Area
        type="monotone"
        dataKey="latencyMs"
        stroke="var(--chart-1)"
        fill="var(--chart-1)"
        fillOpacity={0.15}
        strokeWidth={1.5}
        connectNulls
        dot={false}
        isAnimationActive={false}
      />
    </AreaChart>
  );
}
