import { AreaPlot } from "@/components/charts/area-plot";
import { ChartFrame, pointHover, slotHover } from "@/components/charts/chart-frame";
import { ColumnBars } from "@/components/charts/column-bars";
import { axisShare, valueAxis } from "@/components/charts/value-axis";

/** A sparkline's height, in pixels. */
const sparkHeight = 48;

export type SparkPoint = { label: string; value: number };

function Tip({ point, format }: { point: SparkPoint; format: (n: number) => string }) {
  return (
    <div className="rounded-md border bg-popover px-2 py-1 text-xs text-popover-foreground shadow-md">
      <span className="text-muted-foreground">{point.label}</span> <span className="font-medium tabular-nums">{format(point.value)}</span>
    </div>
  );
}

/** Where each of `count` points sits along x: from one end to the other. */
function spread(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (count === 1 ? 0.5 : i / (count - 1)));
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
  const axis = valueAxis(data.map((point) => point.value));
  // A live chart's data may change under the pointer: an index past its end shows nothing.
  const tooltip = (index: number) => (data[index] ? <Tip point={data[index]} format={format} /> : null);
  if (variant === "bars") {
    return (
      <ChartFrame height={sparkHeight} hoverAt={slotHover(data.length)} tooltip={tooltip}>
        <ColumnBars
          columns={data.map((point) => [{ value: point.value, color }])}
          top={axis.top}
          maxWidth={48}
          className="rounded-t-[2px]"
        />
      </ChartFrame>
    );
  }
  const xs = spread(data.length);
  return (
    <ChartFrame height={sparkHeight} hoverAt={pointHover(xs)} tooltip={tooltip}>
      <AreaPlot points={data.map((point, i) => ({ x: xs[i], y: axisShare(point.value, axis) }))} color={color} />
    </ChartFrame>
  );
}
