// The intrinsic spin of articles already worked out, for the next batches: a stored article that is
// a copy candidate again needs only its score, and working it out costs more than the comparison.
// Bounded: past `max` scores the least lately used are forgotten (and read or worked out again if
// they are needed).
import type { IntrinsicSpin } from './score.js';

export class SpinMemo {
  readonly #scores: BoundedMemo<string, number>;
  readonly #fresh = new Map<string, IntrinsicSpin>();

  constructor(max = 100_000) {
    this.#scores = new BoundedMemo(max);
  }

  /** The whole spin of this batch's articles (their flags show its signals). */
  withFresh(fresh: Iterable<readonly [string, IntrinsicSpin]>): this {
    this.#fresh.clear();
    for (const [id, s] of fresh) this.#fresh.set(id, s);
    return this;
  }

  get(id: string): IntrinsicSpin | undefined {
    const fresh = this.#fresh.get(id);
    if (fresh) return fresh;
    const score = this.#scores.get(id);
    return score === undefined ? undefined : { score, signals: [] };
  }

  set(id: string, spin: IntrinsicSpin): this {
    this.#scores.set(id, spin.score);
    return this;
  }

  /** Keeps the scores of the batch's articles and lets go of their signals. */
  endBatch(): void {
    for (const [id, s] of this.#fresh) this.#scores.set(id, s.score);
    this.#fresh.clear();
  }

  get size(): number {
    return this.#scores.size;
  }
}

/**
 * A look-up memo for long-running processes, bounded to `max` entries. Word-level memos (a word's
 * class, its thesaurus pick, a pair's kinship) fill from every article read, and a server or a
 * watcher reads articles for months.
 *
 * Entries are kept in two generations of `max / 2`: when the newer is full it becomes the older, and
 * the older is forgotten whole; an entry read from the older generation moves to the newer, so what
 * is in use stays. Every operation is O(1). (Forgetting the oldest entry one at a time, the first of
 * a Map's keys, costs more with each one forgotten: a Map keeps deleted entries as holes until it is
 * rebuilt, and finding the first key walks past them, ~25 µs an eviction in a memo of 50,000.)
 */
export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #half: number;

  constructor(max = 50_000) {
    this.#half = Math.max(1, Math.floor(max / 2));
  }

  /** The value kept for `key` (values are never undefined, so one look-up per generation tells). */
  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old === undefined) return undefined;
    this.#old.delete(key);
    this.#put(key, old);
    return old;
  }

  set(key: K, value: V): this {
    this.#old.delete(key);
    this.#put(key, value);
    return this;
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }

  #put(key: K, value: V): void {
    if (this.#young.size >= this.#half && !this.#young.has(key)) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }
}
