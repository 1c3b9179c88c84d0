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
export function axisShare(value: number | null, axis: { top: number }): number {
  if (value === null || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(value / axis.top, 1);
}

/** A label along an axis, `at` from 0 (start) to 1 (end). */
export type AxisLabel = { at: number; label: string };

/** An axis with its ticks' labels, written where the figures are formatted (the server), not redone in the browser. */
export type LabelledAxis = { top: number; ticks: AxisLabel[] };

/**
 * The axis of `values` with each tick's label: computed on the server and handed to a chart, so the
 * browser draws the very labels the server wrote (two engines' number formats differ in details).
 */
export function labelledAxis(
  values: Iterable<number | null>,
  format: (value: number) => string,
  options?: { count?: number; whole?: boolean },
): LabelledAxis {
  const axis = valueAxis(values, options);
  return { top: axis.top, ticks: axis.ticks.map((value) => ({ at: value / axis.top, label: format(value) })) };
}
