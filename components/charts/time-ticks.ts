const minute = 60_000;
const hour = 60 * minute;
/** Round steps between a time axis' labels, shortest first. */
const steps = [5 * minute, 10 * minute, 15 * minute, 30 * minute, hour, 2 * hour, 3 * hour, 6 * hour, 12 * hour, 24 * hour];

/**
 * The round times (epoch milliseconds) inside `from`–`to` to label a time axis with, at most about
 * `count`: every 3 hours over a day. Times too near an end for their label to fit are left out.
 */
export function timeTicks(from: number, to: number, count = 8): number[] {
  const span = to - from;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const step = steps.find((s) => span / s <= count) ?? Math.ceil(span / count / (24 * hour)) * 24 * hour;
  const margin = span * 0.03;
  const ticks: number[] = [];
  for (let at = Math.ceil((from + margin) / step) * step; at <= to - margin; at += step) ticks.push(at);
  return ticks;
}
