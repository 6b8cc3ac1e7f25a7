// Clustering scores against gold labels: B³ (Bagga & Baldwin 1998), pairwise F1 and the adjusted
// Rand index (Hubert & Arabie 1985). Both inputs map item → cluster name over the same items.

export interface ClusterScores {
  b3Precision: number;
  b3Recall: number;
  b3F1: number;
  pairF1: number;
  ari: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number) => (n * (n - 1)) / 2;

function sizes(labels: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of labels.values()) out.set(c, (out.get(c) ?? 0) + 1);
  return out;
}

/** Contingency counts: "predicted\u0000gold" → items in both. */
function overlaps(pred: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [item, p] of pred) {
    const g = gold.get(item);
    if (g === undefined) continue;
    const key = `${p}\u0000${g}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function scoreClusters(
  pred: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): ClusterScores {
  const items = [...pred.keys()].filter((k) => gold.has(k));
  const n = items.length;
  const predSizes = sizes(new Map(items.map((k) => [k, pred.get(k)!])));
  const goldSizes = sizes(new Map(items.map((k) => [k, gold.get(k)!])));
  const cells = overlaps(pred, gold);
  // B³: per item, the share of its predicted cluster in its gold cluster (precision) and back.
  let p = 0;
  let r = 0;
  let together = 0;
  for (const [key, c] of cells) {
    const [pc, gc] = key.split('\u0000') as [string, string];
    p += (c * c) / predSizes.get(pc)!;
    r += (c * c) / goldSizes.get(gc)!;
    together += pairs(c);
  }
  const predPairs = [...predSizes.values()].reduce((s, x) => s + pairs(x), 0);
  const goldPairs = [...goldSizes.values()].reduce((s, x) => s + pairs(x), 0);
  const pairP = predPairs === 0 ? 1 : together / predPairs;
  const pairR = goldPairs === 0 ? 1 : together / goldPairs;
  const expected = pairs(n) === 0 ? 0 : (predPairs * goldPairs) / pairs(n);
  const maxIndex = (predPairs + goldPairs) / 2;
  const ari = maxIndex === expected ? 1 : (together - expected) / (maxIndex - expected);
  const b3Precision = n === 0 ? 0 : p / n;
  const b3Recall = n === 0 ? 0 : r / n;
  return { b3Precision, b3Recall, b3F1: f1(b3Precision, b3Recall), pairF1: f1(pairP, pairR), ari };
}
