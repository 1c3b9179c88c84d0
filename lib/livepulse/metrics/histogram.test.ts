import { describe, expect, it } from "vitest";
import { addBuckets, bucketIndex, BUCKET_COUNT, emptyBuckets, LATENCY_BOUNDS_MS, percentile } from "./histogram";

function fill(durations: number[]): number[] {
  const buckets = emptyBuckets();
  for (const d of durations) buckets[bucketIndex(d)] += 1;
  return buckets;
}

describe("latency histogram", () => {
  it("puts a duration in the first bucket whose bound it does not exceed", () => {
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(5)).toBe(0);
    expect(bucketIndex(5.1)).toBe(1);
    expect(bucketIndex(100)).toBe(LATENCY_BOUNDS_MS.indexOf(100));
    expect(bucketIndex(60_000)).toBe(BUCKET_COUNT - 1);
  });

  it("answers 0 for no requests", () => {
    expect(percentile(emptyBuckets(), 0.95)).toBe(0);
  });

  it("finds the p95 inside the bucket holding the 95th of 100 requests", () => {
    // 94 fast requests, 6 between 150 and 250 ms: the 95th is the first slow one.
    const buckets = fill([...new Array(94).fill(8), ...new Array(6).fill(200)]);
    const value = percentile(buckets, 0.95);
    expect(value).toBeGreaterThan(150);
    expect(value).toBeLessThanOrEqual(250);
    expect(percentile(buckets, 0.5)).toBeLessThanOrEqual(10);
  });

  it("adds up counts of several instances before computing the percentile", () => {
    const fastInstance = fill(new Array(50).fill(3));
    const slowInstance = fill(new Array(50).fill(900));
    const summed = addBuckets(addBuckets(emptyBuckets(), fastInstance), slowInstance);
    expect(summed.reduce((a, b) => a + b, 0)).toBe(100);
    expect(percentile(summed, 0.95)).toBeGreaterThan(600);
    expect(percentile(summed, 0.95)).toBeLessThanOrEqual(1000);
    expect(percentile(summed, 0.25)).toBeLessThanOrEqual(5);
  });

  it("reports the lower bound when the percentile lies beyond the last bound", () => {
    expect(percentile(fill([30_000, 40_000]), 0.95)).toBe(LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 1]);
  });
});
