// Document frequencies learnt online: every article placed so far counts, so the same term weighs
// less as it turns up in more reports.
export class DocFreq {
  n = 0;
  readonly df = new Map<string, number>();
  /** Terms whose count changed since the last `takeChanged()`. */
  private readonly changed = new Set<string>();

  /** IDF raised to this power: above 1, rare (distinctive) features weigh more against shared ones. */
  constructor(
    state?: { n: number; df: [string, number][] },
    private readonly power = 1,
  ) {
    if (!state) return;
    this.n = state.n;
    for (const [k, c] of state.df) this.df.set(k, c);
  }

  add(keys: Iterable<string>): void {
    this.n++;
    for (const k of keys) {
      this.df.set(k, (this.df.get(k) ?? 0) + 1);
      this.changed.add(k);
    }
  }

  /**
   * Counts read from the store for terms about to be weighed. A workspace holds only the terms its
   * placement reads; a term not loaded counts as never seen, so callers load before they weigh.
   */
  load(counts: Iterable<readonly [string, number]>): void {
    for (const [k, c] of counts) if (!this.changed.has(k)) this.df.set(k, c);
  }

  /** Every term held, as changed (converting a whole state into rows). */
  touchAll(): void {
    for (const k of this.df.keys()) this.changed.add(k);
  }

  /** The counts changed since the last call; the record starts again empty. */
  takeChanged(): [string, number][] {
    const out = [...this.changed].map((k) => [k, this.df.get(k) ?? 0] as [string, number]);
    this.changed.clear();
    return out;
  }

  /** Smoothed IDF, as in the usual TF-IDF: ln((1 + n) / (1 + df)) + 1, raised to `power`. */
  readonly idf = (key: string): number =>
    (Math.log((1 + this.n) / (1 + (this.df.get(key) ?? 0))) + 1) ** this.power;

  toJSON(): { n: number; df: [string, number][] } {
    return { n: this.n, df: [...this.df] };
  }
}
