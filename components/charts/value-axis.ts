import { nice, ticks } from "d3-array";

/** A value axis from 0: its round top and the values of its grid lines. */
export type ValueAxis = { top: number; ticks: number[] };

/**
 * The axis for values from 0 up: a round top at or above the largest value, with about `count`
 * ticks; counts (`whole`) take whole ticks only. Without a value above 0 only the baseline is left.
 */
export function valueAxis(values: Iterable<number | null>, { count = 4, whole = false } = {}): ValueAxis {
  let max = 0;
  for (const value of values) if (value !== null && Number.isFinite(value) && value > max) max = value;
  if (max === 0) return { top: 1, ticks: [0] };
  const [, top] = nice(0, max, count);
  const all = ticks(0, top, count);
  return { top, ticks: whole ? all.filter(Number.isInteger) : all };
}

/** Where a value sits on the axis, from 0 (baseline) to 1 (top). */
export function axisShare(value: number | null, axis: ValueAxis): number {
  if (value === null || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(value / axis.top, 1);
}
