// Splits: an online clusterer decides with what it has seen, so the first report of a second
// boxing match may join the first match's event, and the reports that follow it then join too. As
// a group grows it is re-read as a batch: average-linkage agglomeration over its remembered
// articles, where two parts merge only when their mean similarity reaches both an absolute floor
// and a share of each part's own cohesion. When two or more parts of some size remain, the group
// is split; the part holding its first article keeps the id.

export interface SplitSettings {
  /** Two parts merge at or above this mean similarity... */
  threshold: number;
  /** ...and at or above this share of each part's cohesion (its mean internal similarity). */
  cohesion: number;
  /** Parts smaller than this are not split off: they join the part they are closest to. */
  minPart: number;
}

/** A symmetric similarity matrix over a group's members (diagonal unused). */
export type Similarities = readonly Float64Array[];

/** Mean pairwise similarity inside a part of at least 3; null below (too few pairs to trust). */
function cohesionOf(internal: number, size: number): number | null {
  return size >= 3 ? internal / ((size * (size - 1)) / 2) : null;
}

/**
 * Parts of 0..n-1 (each sorted, ordered by their smallest member), or null when the group holds
 * together. Deterministic: ties go to the lowest indices.
 */
export function partition(sim: Similarities, s: SplitSettings): number[][] | null {
  const n = sim.length;
  if (n < 2 * s.minPart) return null;
  const link = sim.map((row) => Float64Array.from(row));
  const size = new Array<number>(n).fill(1);
  const internal = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const BLOCKED = -1;
  for (;;) {
    let best = BLOCKED;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const row = link[i]!;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && row[j]! > best) [best, bi, bj] = [row[j]!, i, j];
      }
    }
    if (bi < 0 || best < s.threshold) break;
    const ci = cohesionOf(internal[bi]!, size[bi]!);
    const cj = cohesionOf(internal[bj]!, size[bj]!);
    if ((ci !== null && best < s.cohesion * ci) || (cj !== null && best < s.cohesion * cj)) {
      link[bi]![bj] = BLOCKED;
      link[bj]![bi] = BLOCKED;
      continue;
    }
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const a = link[bi]![k]!;
      const b = link[bj]![k]!;
      // Average linkage (Lance–Williams); a pair blocked once stays blocked.
      const v =
        a === BLOCKED || b === BLOCKED ? BLOCKED : (a * size[bi]! + b * size[bj]!) / (size[bi]! + size[bj]!);
      link[bi]![k] = v;
      link[k]![bi] = v;
    }
    internal[bi] = internal[bi]! + internal[bj]! + best * size[bi]! * size[bj]!;
    size[bi] = size[bi]! + size[bj]!;
    alive[bj] = false;
    members[bi]!.push(...members[bj]!);
  }
  const clusters = members.filter((_, i) => alive[i]);
  const big = clusters.filter((c) => c.length >= s.minPart);
  if (big.length < 2) return null;
  // Small leftovers join the big part they are most similar to on average.
  for (const small of clusters.filter((c) => c.length < s.minPart)) {
    const mean = (part: number[]) => meanSimilarity(sim, small, part);
    let home = big[0]!;
    for (const part of big) if (mean(part) > mean(home)) home = part;
    home.push(...small);
  }
  return big.map((p) => p.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Mean similarity between the items of `p` and those of `q`. */
export function meanSimilarity(sim: Similarities, p: readonly number[], q: readonly number[]): number {
  let sum = 0;
  for (const i of p) for (const j of q) sum += sim[i]![j]!;
  return sum / (p.length * q.length);
}

/** Whether a group that just reached `size` articles is re-read: every time while small, then as it grows by a quarter. */
export function checkAt(size: number, minSize: number): boolean {
  if (size < minSize) return false;
  if (size <= 24) return true;
  const step = (n: number) => Math.floor(Math.log(n) / Math.log(1.25));
  return step(size) !== step(size - 1);
}
