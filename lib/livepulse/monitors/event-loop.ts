import "server-only";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

// One histogram per process, started on first use; every bundle that imports this shares it.
const state = globalThis as unknown as { __eventLoopDelay?: IntervalHistogram };

/**
 * The event loop's delay (p99, in ms) since the previous reading, which
 * resets the histogram: each check sees the lag of its own interval. Null
 * until the histogram has samples (the first reading after start).
 */
export function eventLoopDelayP99(): number | null {
  if (!state.__eventLoopDelay) {
    state.__eventLoopDelay = monitorEventLoopDelay({ resolution: 20 });
    state.__eventLoopDelay.enable();
  }
  const histogram = state.__eventLoopDelay;
  if (histogram.count === 0) return null;
  const p99 = histogram.percentile(99) / 1e6;
  histogram.reset();
  return Math.round(p99 * 100) / 100;
}
