// Salience of every sentence of a story: LexRank (Erkan & Radev 2004) over a tf-idf cosine graph,
// blended with closeness to the story centroid. Sentences repeated across outlets reinforce each
// other, which is what makes them central.
import type { SentenceUnit } from '../text/units.js';

export interface SalienceOptions {
  threshold: number;
  damping: number;
}

type Vector = Map<string, number>;

export function tfidfVectors(units: readonly SentenceUnit[]): Vector[] {
  const df = new Map<string, number>();
  for (const u of units) for (const w of new Set(u.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = units.length;
  return units.map((u) => {
    const v: Vector = new Map();
    for (const w of u.words) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(w) ?? 1)));
    return v;
  });
}

export function vectorCosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Power iteration over the thresholded similarity graph; returns scores that sum to 1. */
export function lexrank(vectors: readonly Vector[], opts: SalienceOptions): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const edges: number[][] = vectors.map((a, i) =>
    vectors.map((b, j) => (i !== j && vectorCosine(a, b) >= opts.threshold ? 1 : 0)),
  );
  const degree = edges.map((row) => row.reduce((s, x) => s + x, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 50; iter++) {
    const next = score.map((_, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) if (edges[j]![i]) s += score[j]! / degree[j]!;
      return (1 - opts.damping) / n + opts.damping * s;
    });
    const delta = next.reduce((d, x, i) => d + Math.abs(x - score[i]!), 0);
    score = next;
    if (delta < 1e-6) break;
  }
  return score;
}

/** Cosine of each sentence to the story centroid (sum of all sentence vectors). */
export function centroidScores(vectors: readonly Vector[]): number[] {
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [w, x] of v) centroid.set(w, (centroid.get(w) ?? 0) + x);
  return vectors.map((v) => vectorCosine(v, centroid));
}

/** Blend of the two, each scaled to 0–1 over the story. */
export function salience(units: readonly SentenceUnit[], opts: SalienceOptions): number[] {
  const vectors = tfidfVectors(units);
  const lr = scale(lexrank(vectors, opts));
  const cs = scale(centroidScores(vectors));
  return units.map((_, i) => 0.6 * lr[i]! + 0.4 * cs[i]!);
}

function scale(xs: readonly number[]): number[] {
  const max = Math.max(0, ...xs);
  return xs.map((x) => (max > 0 ? x / max : 0));
}
