"use client";

import { TooltipBox } from "@/components/charts/tooltip-box";
import { useChartHover } from "@/components/charts/use-chart-hover";

/** The height of a step's row, in pixels. */
const funnelRowHeight = 40;

/** The form's funnel as bars, one row a step, drawn on the server; its tooltips added in the browser. */

export type FunnelChartStep = {
  key: string;
  label: string;
  sessions: number;
  /** Shown at the bar's end: count and share of starts. */
  caption: string;
  ofStarts: string | null;
  dropOff: string | null;
};

const barColor = (key: string) => (key === "SUBMIT" ? "var(--chart-2)" : key === "VIEW" ? "var(--chart-5)" : "var(--chart-1)");

export function FunnelChart({
  steps,
  labels,
}: {
  steps: FunnelChartStep[];
  labels: { sessions: string; ofStarts: string; dropOff: string };
}) {
  const { hover, setHover, area, onPointerLeave } = useChartHover<number>();
  const most = Math.max(1, ...steps.map((step) => step.sessions));
  const active = hover === null ? undefined : steps[hover];
  return (
    <div ref={area} className="relative py-2" onPointerLeave={onPointerLeave} data-slot="chart">
      {steps.map((step, index) => {
        const share = `${(Math.max(step.sessions, 0) / most) * 100}%`;
        return (
          <div
            key={step.key}
            className="relative flex items-center"
            style={{ height: funnelRowHeight }}
            onPointerEnter={() => setHover(index)}
            onPointerDown={() => setHover(index)}
          >
            {hover === index && <span className="chart-band inset-x-0" />}
            <span className="relative line-clamp-2 w-24 shrink-0 pr-2 text-right leading-tight text-xs text-muted-foreground sm:w-33">
              {step.label}
            </span>
            {/* The bar's track leaves room at its end for the caption of the longest bar. */}
            <div className="relative mr-20 h-[26px] min-w-0 flex-1 sm:mr-24">
              <span
                className="absolute inset-y-0 left-0 rounded-r"
                style={{ width: share, background: barColor(step.key) }}
                data-slot="chart-bar"
              />
              <span className="absolute top-1/2 -translate-y-1/2 pl-1.5 text-xs whitespace-nowrap text-foreground" style={{ left: share }}>
                {step.caption}
              </span>
            </div>
          </div>
        );
      })}
      {active && hover !== null && (
        <div
          className="pointer-events-none absolute left-27 z-10 whitespace-nowrap sm:left-36"
          style={{ top: 8 + (hover + 1) * funnelRowHeight }}
        >
          <TooltipBox
            title={active.label}
            rows={[
              { name: labels.sessions, value: String(active.sessions) },
              ...(active.ofStarts ? [{ name: labels.ofStarts, value: active.ofStarts }] : []),
              ...(active.dropOff ? [{ name: labels.dropOff, value: active.dropOff }] : []),
            ]}
          />
        </div>
      )}
    </div>
  );
}
