/**
 * A fixed latency histogram: every instance uses the same bounds, so counts of
 * many instances and minutes add up bucket by bucket, and a percentile comes
 * from the sums. Bounds in milliseconds; the last bucket holds everything slower.
 */
export const LATENCY_BOUNDS_MS = [5, 10, 25, 50, 75, 100, 150, 250, 400, 600, 1000, 1500, 2500, 4000, 6000, 10_000] as const;
export const BUCKET_COUNT = LATENCY_BOUNDS_MS.length + 1;

export function emptyBuckets(): number[] {
  return new Array<number>(BUCKET_COUNT).fill(0);
}

/** The bucket a duration falls in: the first bound it does not exceed. */
export function bucketIndex(durationMs: number): number {
  for (let i = 0; i < LATENCY_BOUNDS_MS.length; i++) if (durationMs <= LATENCY_BOUNDS_MS[i]) return i;
  return LATENCY_BOUNDS_MS.length;
}

/** Adds `b` into `a` bucket by bucket (a shorter array counts as zeros). */
export function addBuckets(a: number[], b: readonly number[]): number[] {
  for (let i = 0; i < BUCKET_COUNT; i++) a[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return a;
}

/**
 * The `p`-th percentile (0–1) of the durations counted in `buckets`, in ms,
 * interpolated linearly inside its bucket; 0 when nothing was counted. A
 * percentile in the open last bucket answers its lower bound: "at least".
 */
export function percentile(buckets: readonly number[], p: number): number {
  const total = buckets.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let i = 0; i < BUCKET_COUNT; i++) {
    const n = buckets[i] ?? 0;
    if (n > 0 && seen + n >= rank) {
      const lower = i === 0 ? 0 : LATENCY_BOUNDS_MS[i - 1];
      if (i === LATENCY_BOUNDS_MS.length) return lower;
      const upper = LATENCY_BOUNDS_MS[i];
      return lower + ((upper - lower) * (rank - seen)) / n;
    }
    seen += n;
  }
  return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 1];
}
