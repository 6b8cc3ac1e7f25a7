// Maximal Marginal Relevance (Carbonell & Goldstein 1998): take the most salient sentence that is
// not a repeat of one already taken, until the summary is long enough or nothing salient is left.
export interface MmrOptions {
  lambda: number;
  /** A candidate at least this similar to a chosen sentence is a repeat. */
  redundancy: number;
  min: number;
  max: number;
  /** After `min` sentences, stop when the best weight falls under this share of the top weight. */
  tail: number;
}

/**
 * Indices of the chosen items, in the order chosen. `weight[i]` is the salience of item i and
 * `similarity(i, j)` the redundancy of two items.
 */
export function mmr(
  weight: readonly number[],
  similarity: (i: number, j: number) => number,
  opts: MmrOptions,
): number[] {
  const chosen: number[] = [];
  const left = new Set(weight.map((_, i) => i));
  const top = Math.max(0, ...weight);
  while (chosen.length < opts.max && left.size > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const i of left) {
      const redundancy = Math.max(0, ...chosen.map((j) => similarity(i, j)));
      if (redundancy >= opts.redundancy) continue;
      const score = opts.lambda * weight[i]! - (1 - opts.lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    if (chosen.length >= opts.min && weight[best]! < opts.tail * top) break;
    chosen.push(best);
    left.delete(best);
  }
  return chosen;
}
