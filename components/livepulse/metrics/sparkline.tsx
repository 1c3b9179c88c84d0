"use client";

import { Area, AreaChart, Bar, BarChart, Tooltip, type TooltipContentProps } from "recharts";
import { sparkHeight } from "./spark-size";

/** Recharts in the browser only: loaded through `lazy-sparkline.tsx`. */

export type SparkPoint = { label: string; value: number };

function Tip({ active, payload, format }: TooltipContentProps & { format: (n: number) => string }) {
  const point = payload?.[0]?.payload as SparkPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border bg-popover px-2 py-1 text-xs text-popover-foreground shadow-md">
      <span className="text-muted-foreground">{point.label}</span> <span className="font-medium tabular-nums">{format(point.value)}</span>
    </div>
  );
}

/** A small line of the last hour (area) or bars of the last day, without axes: the trend beside a figure. */
export function Sparkline({
  data,
  variant,
  color,
  format,
}: {
  data: SparkPoint[];
  variant: "area" | "bars";
  color: string;
  format: (n: number) => string;
}) {
  const tooltip = <Tooltip content={(props) => <Tip {...props} format={format} />} cursor={false} isAnimationActive={false} />;
  const style = { width: "100%", height: sparkHeight };
  if (variant === "bars") {
    return (
      <BarChart data={data} responsive style={style} margin={{ top: 2, right: 0, bottom: 0, left: 0 }}>
        {tooltip}
        <Bar dataKey="value" fill={color} radius={[2, 2, 0, 0]} isAnimationActive={false} />
      </BarChart>
    );
  }
  return (
    <AreaChart data={data} responsive style={style} margin={{ top: 2, right: 0, bottom: 0, left: 0 }}>
      {tooltip}
      <Area
        type="monotone"
        dataKey="value"
        stroke={color}
        fill={color}
        fillOpacity={0.15}
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
      />
    </AreaChart>
  );
}
