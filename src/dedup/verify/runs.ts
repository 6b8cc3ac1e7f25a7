// Shared passages: maximal runs of identical words, found greedily left to right from seed n-grams
// (greedy string tiling, as plagiarism detectors since YAP3 and JPlag do it).

export interface Run {
  /** Start word index in the first text. */
  a: number;
  /** Start word index in the second text. */
  b: number;
  length: number;
}

export function seeds(words: readonly string[], n: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    (map.get(key) ?? map.set(key, []).get(key)!).push(i);
  }
  return map;
}

/**
 * Runs of at least `minRun` words shared by `a` and `b`, in order of `a`, not overlapping in `a`;
 * `index` is `seeds(b, minRun)`, when it is already made.
 */
export function sharedRuns(
  a: readonly string[],
  b: readonly string[],
  minRun: number,
  index: ReadonlyMap<string, readonly number[]> = seeds(b, minRun),
): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i + minRun <= a.length) {
    const starts = index.get(a.slice(i, i + minRun).join(' '));
    let best: Run | null = null;
    for (const j of starts ?? []) {
      let length = minRun;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
      if (!best || length > best.length) best = { a: i, b: j, length };
    }
    if (best) {
      runs.push(best);
      i += best.length;
    } else i++;
  }
  return runs;
}

/**
 * Share of one side's words that the runs cover, each word once. With `weights`, only words of
 * weight 1 count as covered (names and figures shared by any two reports are no evidence), while
 * every word still counts in the total.
 */
export function coverage(runs: readonly Run[], side: 'a' | 'b', total: number, weights?: Uint8Array): number {
  if (total === 0) return 0;
  const covered = new Uint8Array(total);
  for (const r of runs) covered.fill(1, r[side], Math.min(total, r[side] + r.length));
  let n = 0;
  for (let i = 0; i < total; i++) n += weights ? covered[i]! & weights[i]! : covered[i]!;
  return n / total;
}
