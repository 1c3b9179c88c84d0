import { area, curveMonotoneX, line } from "d3-shape";

/** A point of a line: x and y from 0 to 1 (y from the baseline up). */
export type PlotPoint = { x: number; y: number };

/** The drawing's own size: the SVG is stretched to the plot's box, and its strokes keep their width. */
const drawingWidth = 1000;
const drawingHeight = 100;

/** A smooth line through the points and the area under it, stretched to fill the plot's box. */
export function AreaPlot({ points, color }: { points: PlotPoint[]; color: string }) {
  const x = (p: PlotPoint) => p.x * drawingWidth;
  const y = (p: PlotPoint) => (1 - p.y) * drawingHeight;
  const fill = area<PlotPoint>().x(x).y0(drawingHeight).y1(y).curve(curveMonotoneX).digits(1)(points);
  const stroke = line<PlotPoint>().x(x).y(y).curve(curveMonotoneX).digits(1)(points);
  return (
    <svg
      className="absolute inset-0 size-full overflow-visible"
      viewBox={`0 0 ${drawingWidth} ${drawingHeight}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-slot="chart-area"
    >
      {fill && <path d={fill} fill={color} fillOpacity={0.15} />}
      {stroke && <path d={stroke} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}
