"use client";

import { useTimeZone } from "next-intl";
import { AreaPlot } from "@/components/charts/area-plot";
import { ChartFrame, pointHover } from "@/components/charts/chart-frame";
import { axisShare, type LabelledAxis } from "@/components/charts/value-axis";

/** The chart's height, its time labels included, in pixels. */
const latencyChartHeight = 96;

/**
 * A monitor's latency over a period, drawn on the server; its tooltip added in the browser. Its axes
 * come labelled from the server (monitor-card.tsx).
 */

export type LatencyPoint = { at: number; latencyMs: number | null; down: boolean };

export function LatencyChart({
  points,
  from,
  to,
  axis,
  timeLabels,
  locale,
  downLabel,
}: {
  points: LatencyPoint[];
  from: number;
  to: number;
  axis: LabelledAxis;
  /** The times to label (epoch milliseconds), each with its label. */
  timeLabels: Array<{ time: number; label: string }>;
  locale: string;
  downLabel: string;
}) {
  const timeZone = useTimeZone();
  const time = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const span = to - from;
  const along = (at: number) => (span > 0 ? Math.min(1, Math.max(0, (at - from) / span)) : 0);
  const xs = points.map((p) => along(p.at));
  // A gap in the measurements is bridged: the line joins the points on either side.
  const measured = points.flatMap((p, i) => (p.latencyMs === null ? [] : [{ x: xs[i], y: axisShare(p.latencyMs, axis) }]));
  const tooltip = (index: number) => {
    const point = points[index];
    if (!point) return null;
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
    <ChartFrame
      height={latencyChartHeight}
      yTicks={axis.ticks}
      yWidth={40}
      xLabels={timeLabels.map(({ time, label }) => ({ at: along(time), label }))}
      hoverAt={pointHover(xs)}
      tooltip={tooltip}
    >
      {points.map((p, i) =>
        p.down ? (
          <span key={p.at} className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-destructive/60" style={{ left: `${xs[i] * 100}%` }} />
        ) : null,
      )}
      <AreaPlot points={measured} color="var(--chart-1)" />
    </ChartFrame>
  );
}
