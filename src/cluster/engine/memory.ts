// The articles the clusterer still compares with: each one's heaviest features (raw weights, IDF
// applied at comparison time) behind an inverted index over those features. Articles older than
// the expiry window are forgotten, so memory and lookups stay flat as the stream grows.
import { Postings } from './postings.js';
import { type Idf, topKeys, type Vec } from './vector.js';

export interface Remembered {
  id: string;
  /** Day number of publication, or null. */
  day: number | null;
  /** Feature key → raw weight, the heaviest `articleTerms` only. */
  vec: [string, number][];
}

export class Memory {
  readonly articles = new Map<string, Remembered>();
  private readonly index: Postings;

  constructor(
    private readonly articleTerms: number,
    maxPostings: number,
  ) {
    this.index = new Postings(maxPostings);
  }

  /** Keeps the article's heaviest features (by IDF weight now) and indexes it under them. */
  remember(id: string, day: number | null, raw: Vec, idf: Idf): void {
    const keys = topKeys(raw, this.articleTerms, idf);
    const entry: Remembered = { id, day, vec: keys.map((k) => [k, raw.get(k)!]) };
    this.restore(entry);
  }

  /** Puts back a remembered article (from a snapshot, in arrival order). */
  restore(entry: Remembered): void {
    this.articles.set(entry.id, entry);
    this.index.index(
      entry.id,
      entry.vec.map(([k]) => k),
    );
  }

  forget(id: string): void {
    const entry = this.articles.get(id);
    if (!entry) return;
    this.index.remove(
      id,
      entry.vec.map(([k]) => k),
    );
    this.articles.delete(id);
  }

  /** Remembered articles sharing the most of `query`, at most `max`. */
  candidates(query: readonly string[], max: number): Remembered[] {
    return this.index
      .candidates(query, max)
      .map((id) => this.articles.get(id))
      .filter((a): a is Remembered => a !== undefined);
  }
}

/** Cosine of a unit, IDF-weighted article vector with a remembered one (IDF applied here). */
export function similarity(vec: Vec, other: Remembered, idf: Idf): number {
  let dot = 0;
  let norm = 0;
  for (const [k, x] of other.vec) {
    const y = x * idf(k);
    norm += y * y;
    const a = vec.get(k);
    if (a !== undefined) dot += a * y;
  }
  return norm === 0 ? 0 : dot / Math.sqrt(norm);
}
