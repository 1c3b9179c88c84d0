/**
 * A part of the sweep: `HOSTILE_SHARD=k/n` runs the k-th of n parts, so that n processes (each with
 * its own database) sweep every door side by side; unset, one process sweeps them all. The sweeps
 * (one door as one caller) are dealt out by their cost, the heaviest first, each to the part with the
 * least so far: the parts take about as long, and together they are the whole sweep, once.
 */
export type Shard = { index: number; count: number };

export function shardFrom(text: string | undefined): Shard {
  if (!text) return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`HOSTILE_SHARD must be k/n with 1 ≤ k ≤ n, not "${text}"`);
  return { index, count };
}

/** The keys of the sweeps that fall to `shard`, dealt out by cost (ties by key, so every part deals alike). */
export function sweepsOf(shard: Shard, sweeps: ReadonlyArray<{ key: string; cost: number }>): Set<string> {
  const load = Array.from({ length: shard.count }, () => 0);
  const mine = new Set<string>();
  const byCost = [...sweeps].sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, cost } of byCost) {
    const part = load.indexOf(Math.min(...load));
    load[part] += cost;
    if (part === shard.index - 1) mine.add(key);
  }
  return mine;
}
