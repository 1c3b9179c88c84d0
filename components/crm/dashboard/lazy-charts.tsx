"use client";

import dynamic from "next/dynamic";
import { chartHeight } from "./chart-size";

/** A placeholder of the chart's exact size, shown until recharts has loaded in the browser. */
function ChartPlaceholder() {
  return <div className="w-full animate-pulse rounded-md bg-muted-foreground/10" style={{ height: chartHeight }} aria-hidden="true" />;
}

export const LeadsPerWeekChart = dynamic(() => import("./trend-charts").then((m) => m.LeadsPerWeekChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const WonPerMonthChart = dynamic(() => import("./trend-charts").then((m) => m.WonPerMonthChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
