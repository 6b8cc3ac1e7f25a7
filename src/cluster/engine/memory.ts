// The articles the clusterer still compares with: each one's heaviest features (raw weights, IDF
// applied at comparison time) behind an inverted index over those features. Articles older than
// the expiry window are forgotten, so memory and lookups stay flat as the stream grows.
import type { Happening } from '../features/types.js';
import { Postings } from './postings.js';
import { type Idf, norm, topKeys, type Vec } from './vector.js';

export interface Remembered {
  id: string;
  /** Day number of publication, or null. */
  day: number | null;
  /** Arrival order (the clusterer's sequence number); absent in older states. */
  at?: number;
  /** Feature key → raw weight, the heaviest `articleTerms` only. */
  vec: [string, number][];
  /** The same, IDF-weighted and of unit length, with the IDF of the last reweighing. */
  weighted: [string, number][];
  /** What a group re-read after a split needs of the article (absent in older states). */
  happening?: Happening;
  actors?: string[];
  /** Length of the article's whole raw vector: `vec` divided by it is what its groups absorbed. */
  norm?: number;
}

/** `vec` with IDF applied, scaled to unit length. */
function weigh(vec: readonly [string, number][], idf: Idf): [string, number][] {
  const w = vec.map(([k, x]) => [k, x * idf(k)] as [string, number]);
  const n = Math.sqrt(w.reduce((s, [, x]) => s + x * x, 0)) || 1;
  return w.map(([k, x]) => [k, x / n]);
}

/**
 * Remembered vectors are reweighed with the IDF learnt so far after each of the first 64 articles,
 * then when the count reaches a power of two, and every 4096 articles: IDF moves fast early and
 * slowly later, and reweighing at every comparison cost 40% of the time per article.
 */
export const reweighAt = (n: number): boolean => n <= 64 || (n & (n - 1)) === 0 || n % 4096 === 0;

export class Memory {
  readonly articles = new Map<string, Remembered>();
  private readonly index: Postings;
  /** Remembered articles added or reweighed, and forgotten, since the last `takeChanged()`. */
  private readonly dirty = new Set<string>();
  private readonly forgotten = new Set<string>();

  constructor(
    private readonly articleTerms: number,
    maxPostings: number,
  ) {
    this.index = new Postings(maxPostings);
  }

  /** Keeps the article's heaviest features (by IDF weight now) and indexes it under them. */
  remember(
    f: { id: string; day: number | null; weights: Vec; happening: Happening; actors: string[] },
    at: number,
    idf: Idf,
  ): void {
    const keys = topKeys(f.weights, this.articleTerms, idf);
    const vec = keys.map((k) => [k, f.weights.get(k)!] as [string, number]);
    const entry: Remembered = {
      id: f.id,
      day: f.day,
      at,
      vec,
      weighted: weigh(vec, idf),
      happening: f.happening,
      actors: f.actors,
      norm: norm(f.weights),
    };
    this.restore(entry);
    this.dirty.add(entry.id);
  }

  /** Puts back a remembered article (from a snapshot, in arrival order). */
  restore(entry: Remembered): void {
    this.articles.set(entry.id, entry);
    this.index.index(
      entry.id,
      entry.vec.map(([k]) => k),
    );
  }

  reweigh(idf: Idf): void {
    for (const a of this.articles.values()) {
      a.weighted = weigh(a.vec, idf);
      this.dirty.add(a.id);
    }
  }

  /** Every remembered article, as changed (converting a whole state into rows). */
  touchAll(): void {
    for (const id of this.articles.keys()) this.dirty.add(id);
  }

  /** What changed since the last call; the record starts again empty. */
  takeChanged(): { remembered: Remembered[]; forgotten: string[] } {
    const remembered = [...this.dirty]
      .map((id) => this.articles.get(id))
      .filter((a): a is Remembered => a !== undefined);
    const forgotten = [...this.forgotten].filter((id) => !this.articles.has(id));
    this.dirty.clear();
    this.forgotten.clear();
    return { remembered, forgotten };
  }

  forget(id: string): void {
    const entry = this.articles.get(id);
    if (!entry) return;
    this.index.remove(
      id,
      entry.vec.map(([k]) => k),
    );
    this.articles.delete(id);
    this.dirty.delete(id);
    this.forgotten.add(id);
  }

  /** Remembered articles sharing the most of `query`, at most `max`. */
  candidates(query: readonly string[], max: number): Remembered[] {
    return this.index
      .candidates(query, max)
      .map((id) => this.articles.get(id))
      .filter((a): a is Remembered => a !== undefined);
  }
}

/** Cosine of a unit, IDF-weighted article vector with a remembered one. */
export function similarity(vec: Vec, other: Remembered): number {
  let dot = 0;
  for (const [k, y] of other.weighted) {
    const a = vec.get(k);
    if (a !== undefined) dot += a * y;
  }
  return dot;
}
