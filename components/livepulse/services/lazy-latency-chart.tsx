"use client";

import dynamic from "next/dynamic";
import { latencyChartHeight } from "./chart-size";

/** A placeholder of the chart's exact size, shown until recharts has loaded in the browser. */
function ChartPlaceholder() {
  return (
    <div className="w-full animate-pulse rounded-md bg-muted-foreground/10" style={{ height: latencyChartHeight }} aria-hidden="true" />
  );
}

export const LazyLatencyChart = dynamic(() => import("./latency-chart").then((m) => m.LatencyChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
