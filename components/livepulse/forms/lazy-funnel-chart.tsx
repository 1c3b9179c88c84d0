"use client";

import dynamic from "next/dynamic";
import { funnelRowHeight } from "./funnel-size";

/** A placeholder of the chart's size, shown until recharts has loaded in the browser. */
function Placeholder() {
  return (
    <div
      className="w-full animate-pulse rounded-md bg-muted-foreground/10"
      style={{ height: 8 * funnelRowHeight + 16 }}
      aria-hidden="true"
    />
  );
}

export const LazyFunnelChart = dynamic(() => import("./funnel-chart").then((m) => m.FunnelChart), { ssr: false, loading: Placeholder });
