// Results from a worker thread arrive as structured-clone copies, in which every string is a string
// of its own: the 80,000 mentions of a 1,600-article batch each bring their own "inferred", every
// mention of Clinton its own "person:clinton", and so on. Sharing the short ones, which repeat most
// (labels, ids, names, mention texts, terms), roughly halves the strings the main thread holds.

/** Strings at most this long are shared; longer ones (texts, sentences) rarely repeat whole. */
export const SHORT = 64;

/** One batch's table of shared strings: dropped with the batch, so it never grows past one. */
export class Interner {
  readonly #seen = new Map<string, string>();

  /** The first string equal to `s` this table has seen (`s` itself when it is the first or long). */
  string(s: string): string {
    if (s.length > SHORT) return s;
    const seen = this.#seen.get(s);
    if (seen !== undefined) return seen;
    this.#seen.set(s, s);
    return s;
  }

  /**
   * `value` with its short strings shared: arrays and plain objects are changed in place, a Map or
   * a Set is rebuilt in the same order; anything else (numbers, typed arrays, dates) is kept as is.
   */
  share<T>(value: T): T {
    return this.#share(value) as T;
  }

  #share(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.#share(value[i]);
      return value;
    }
    if (value instanceof Map) {
      const shared = new Map();
      for (const [k, v] of value) shared.set(this.#share(k), this.#share(v));
      return shared;
    }
    if (value instanceof Set) {
      const shared = new Set();
      for (const v of value) shared.add(this.#share(v));
      return shared;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = this.#share(record[key]);
    return value;
  }
}
