// Sparse vectors as Maps. Group centroids (read for labels) keep raw, pre-IDF weights, so the IDF
// learnt online is applied when they are read: an early event is not stuck with its day's counts.
export type Vec = Map<string, number>;
export type Idf = (key: string) => number;

export function norm(v: Vec, idf?: Idf): number {
  let s = 0;
  for (const [k, x] of v) {
    const y = idf ? x * idf(k) : x;
    s += y * y;
  }
  return Math.sqrt(s);
}

/** `v` scaled to unit length (after IDF when given). */
export function unit(v: Vec, idf?: Idf): Vec {
  const n = norm(v, idf) || 1;
  const out: Vec = new Map();
  for (const [k, x] of v) out.set(k, (idf ? x * idf(k) : x) / n);
  return out;
}

/** Adds `v` into `into` (owned by the caller: centroids are the engine's own state). */
export function addInto(into: Vec, v: Vec): void {
  for (const [k, x] of v) into.set(k, (into.get(k) ?? 0) + x);
}

/** The `n` heaviest keys of `v` after IDF, heaviest first; ties broken by key for determinism. */
export function topKeys(v: Vec, n: number, idf?: Idf): string[] {
  return [...v]
    .map(([k, x]) => [k, idf ? x * idf(k) : x] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([k]) => k);
}

/** Keeps the `n` heaviest keys (after IDF) when `v` has grown past 1.5 n; returns the dropped keys. */
export function trim(v: Vec, n: number, idf: Idf): string[] {
  if (v.size <= n * 1.5) return [];
  const keep = new Set(topKeys(v, n, idf));
  const dropped = [...v.keys()].filter((k) => !keep.has(k));
  for (const k of dropped) v.delete(k);
  return dropped;
}
