import { useEffect, useRef, useState, type ReactNode } from "react";
import { useChartHover } from "./use-chart-hover";
import type { AxisLabel } from "./value-axis";

/** The part of the plot the pointer is over: an item's index and its span along x, 0 to 1 (a point: from = to). */
export type ChartHover = { index: number; from: number; to: number };

/** Hover by slots of equal width, as bars are laid out. */
export function slotHover(count: number) {
  return (x: number): ChartHover | null => {
    if (count === 0) return null;
    const index = Math.min(count - 1, Math.max(0, Math.floor(x * count)));
    return { index, from: index / count, to: (index + 1) / count };
  };
}

/** Hover by the nearest of points placed along x, as a line's points are. */
export function pointHover(positions: number[]) {
  return (x: number): ChartHover | null => {
    let index = -1;
    for (let i = 0; i < positions.length; i += 1) {
      if (index < 0 || Math.abs(positions[i] - x) < Math.abs(positions[index] - x)) index = i;
    }
    return index < 0 ? null : { index, from: positions[index], to: positions[index] };
  };
}

/** The plot's width before it is measured in the browser: a dashboard's half. */
const assumedPlotWidth = 480;
/** About the width of a character of the axis' 12 px labels, and the gap kept between labels. */
const labelCharWidth = 7;
const labelGap = 12;
/** The row of labels under the plot, in pixels, and the room kept above a plot with values for its top one. */
const labelRowHeight = 20;
const topValueRoom = 8;

/** How many labels apart the shown ones are, so that they do not overlap at the plot's width. */
function labelStep(labels: AxisLabel[], width: number): number {
  const longest = labels.reduce((max, l) => Math.max(max, l.label.length), 0);
  return Math.max(1, Math.ceil((labels.length * (longest * labelCharWidth + labelGap)) / Math.max(width, 1)));
}

/**
 * A chart's frame, drawn with HTML and CSS by the server as well as the browser: grid lines and
 * their values in a left gutter, labels under the plot, and the tooltip and cursor of the item
 * under the pointer. The plot itself (bars, an area) is the children, filling the plot's box.
 */
export function ChartFrame({
  height,
  yTicks = [],
  yWidth = 0,
  xLabels = [],
  hoverAt,
  tooltip,
  children,
}: {
  /** The chart's whole height, its labels' row included. */
  height: number;
  yTicks?: AxisLabel[];
  /** The gutter of the values, in pixels; 0 draws the grid lines without their values. */
  yWidth?: number;
  xLabels?: AxisLabel[];
  hoverAt: (x: number) => ChartHover | null;
  /** The tooltip of the item at `index`; nothing for an index the data no longer has. */
  tooltip: (index: number) => ReactNode;
  children: ReactNode;
}) {
  const { hover, setHover, area, onPointerLeave } = useChartHover<ChartHover>();
  const [plotWidth, setPlotWidth] = useState(assumedPlotWidth);
  const plot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = plot.current;
    if (!element || xLabels.length === 0) return;
    const observer = new ResizeObserver(([entry]) => setPlotWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [xLabels.length]);
  const pick = (event: React.PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width > 0) setHover(hoverAt((event.clientX - box.left) / box.width));
  };
  const step = labelStep(xLabels, plotWidth);
  const center = hover ? (hover.from + hover.to) / 2 : 0;
  const topRoom = yTicks.length > 0 && yWidth > 0 ? topValueRoom : 0;
  const plotHeight = height - topRoom - (xLabels.length > 0 ? labelRowHeight : 0);

  return (
    <div ref={area} className="flex flex-col" data-slot="chart">
      <div className="flex" style={{ paddingTop: topRoom }}>
        {yWidth > 0 && (
          <div className="relative shrink-0" style={{ width: yWidth, height: plotHeight }}>
            {yTicks.map((tick) => (
              <span key={tick.at} className="chart-value" style={{ bottom: `${tick.at * 100}%` }}>
                {tick.label}
              </span>
            ))}
          </div>
        )}
        <div
          ref={plot}
          className="relative min-w-0 flex-1"
          style={{ height: plotHeight }}
          onPointerMove={pick}
          onPointerDown={pick}
          onPointerLeave={onPointerLeave}
        >
          {yTicks.map((tick) => (
            <span key={tick.at} className="chart-grid" style={{ bottom: `${tick.at * 100}%` }} />
          ))}
          {hover &&
            (hover.to > hover.from ? (
              <span className="chart-band" style={{ left: `${hover.from * 100}%`, width: `${(hover.to - hover.from) * 100}%` }} />
            ) : (
              <span className="chart-line" style={{ left: `${hover.from * 100}%` }} />
            ))}
          {children}
          {hover && (
            <div
              className="pointer-events-none absolute top-0 z-10 whitespace-nowrap"
              style={center <= 0.5 ? { left: `calc(${center * 100}% + 12px)` } : { right: `calc(${(1 - center) * 100}% + 12px)` }}
            >
              {tooltip(hover.index)}
            </div>
          )}
        </div>
      </div>
      {xLabels.length > 0 && (
        <div className="relative" style={{ marginLeft: yWidth, height: labelRowHeight }}>
          {xLabels.map((label, index) =>
            index % step === 0 ? (
              <span key={label.at} className="chart-label" style={{ left: `${label.at * 100}%` }}>
                {label.label}
              </span>
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}
