"use client";

import dynamic from "next/dynamic";
import { sparkHeight } from "./spark-size";

function SparkPlaceholder() {
  return <div className="w-full animate-pulse rounded-md bg-muted-foreground/10" style={{ height: sparkHeight }} aria-hidden="true" />;
}

export const LazySparkline = dynamic(() => import("./sparkline").then((m) => m.Sparkline), { ssr: false, loading: SparkPlaceholder });
