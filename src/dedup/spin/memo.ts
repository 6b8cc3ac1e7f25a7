// The intrinsic spin of articles already worked out, for the next batches: a stored article that is
// a copy candidate again needs only its score, and working it out costs more than the comparison.
// Bounded: past `max` scores the oldest are forgotten (and worked out again if they are needed).
import type { IntrinsicSpin } from './score.js';

export class SpinMemo {
  readonly #scores = new Map<string, number>();
  readonly #fresh = new Map<string, IntrinsicSpin>();

  constructor(private readonly max = 100_000) {}

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
    this.#remember(id, spin.score);
    return this;
  }

  /** Keeps the scores of the batch's articles and lets go of their signals. */
  endBatch(): void {
    for (const [id, s] of this.#fresh) this.#remember(id, s.score);
    this.#fresh.clear();
  }

  get size(): number {
    return this.#scores.size;
  }

  #remember(id: string, score: number): void {
    this.#scores.delete(id);
    this.#scores.set(id, score);
    if (this.#scores.size > this.max) this.#scores.delete(this.#scores.keys().next().value!);
  }
}

/**
 * A look-up memo for long-running processes: once it holds `max` entries, adding one forgets the
 * oldest. Word-level memos (a word's class, its thesaurus pick, a pair's kinship) fill from every
 * article read, and a server or a watcher reads articles for months.
 */
export class BoundedMemo<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(private readonly max = 50_000) {}

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  set(key: K, value: V): this {
    if (!this.#entries.has(key) && this.#entries.size >= this.max)
      this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
    return this;
  }

  get size(): number {
    return this.#entries.size;
  }
}
