// Similarities between remembered articles, kept for the next re-read. Each placement re-reads the
// article's story and event, and checks up to three other stories for a rejoin: up to 64 members
// read as a batch, about 2,000 pairs each time, and nearly all of them the same pairs the last
// article's placement read. A pair's similarity changes only when the remembered vectors are
// reweighed (see reweighAt), which clears the table.
//
// Bounded: two generations of `max / 2` pairs; when the newer is full it becomes the older and the
// older is forgotten whole, and a pair read from the older moves to the newer. A pair is keyed by
// two small numbers given to the remembered entries as they are first met (the entry objects, not
// their ids: an entry restored from a window is another object and gets another number).
import type { Remembered } from './memory.js';

/** Numbers given to entries stay below this, so a pair's key is an exact double. */
const SPAN = 2 ** 26;

export class PairSimilarities {
  #young = new Map<number, number>();
  #old = new Map<number, number>();
  #numbers = new WeakMap<Remembered, number>();
  #next = 0;
  readonly #half: number;

  constructor(max = 100_000) {
    this.#half = Math.max(1, Math.floor(max / 2));
  }

  #number(entry: Remembered): number {
    let n = this.#numbers.get(entry);
    if (n === undefined) {
      if (this.#next === SPAN) this.clear();
      n = this.#next++;
      this.#numbers.set(entry, n);
    }
    return n;
  }

  /** The similarity kept for the ordered pair (a, b), else `compute()`'s, kept. */
  get(a: Remembered, b: Remembered, compute: () => number): number {
    const key = this.#number(a) * SPAN + this.#number(b);
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    const value = old ?? compute();
    if (old !== undefined) this.#old.delete(key);
    if (this.#young.size >= this.#half) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
    return value;
  }

  /** Forgets every pair (the remembered vectors were reweighed). */
  clear(): void {
    this.#young.clear();
    this.#old.clear();
    this.#numbers = new WeakMap();
    this.#next = 0;
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
