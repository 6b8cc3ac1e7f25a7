// Which pairs the verifier looks at. Small sets: every pair whose content words overlap enough
// (heavy rewrites share few shingles but many words). Large sets: pairs sharing an LSH band.
import type { DedupConfig } from './config.js';
import { MemoryFingerprintIndex } from './fingerprint/memory-index.js';
import { type Fingerprint, fingerprint } from './fingerprint/minhash.js';
import { isContentWord } from './text/tokens.js';
import type { ArticleView } from './verify/view.js';

/** Least share of the smaller article's content words found in the other, for an exhaustive pair. */
const MIN_WORD_OVERLAP = 0.25;

function contentSet(v: ArticleView): Set<string> {
  return new Set(v.words.map((w) => w.norm).filter(isContentWord));
}

function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

/**
 * The candidate pairs of a set that arrives one article at a time: `next` gives the earlier
 * articles the new one pairs with. `exhaustive` (a set of fewer than `cfg.exhaustiveBelow`) compares
 * content words with every earlier article; otherwise the article's fingerprint is looked up in an
 * LSH index of the earlier ones. The pairs are those `candidatePairs` gives for the whole set.
 */
export class CandidateFinder {
  readonly #sets: Set<string>[] = [];
  readonly #index = new MemoryFingerprintIndex();
  #count = 0;

  constructor(
    readonly exhaustive: boolean,
    private readonly cfg: DedupConfig,
  ) {}

  /** Indices (in arrival order, ascending) of the earlier articles that `view` is a candidate pair with. */
  next(view: ArticleView, print?: Fingerprint): number[] {
    const j = this.#count++;
    const out: number[] = [];
    if (this.exhaustive) {
      const set = contentSet(view);
      this.#sets.forEach((earlier, i) => {
        if (overlap(earlier, set) >= MIN_WORD_OVERLAP) out.push(i);
      });
      this.#sets.push(set);
      return out;
    }
    const bands = (print ?? fingerprint(view.text)).bands;
    for (const [id, shared] of this.#index.query(bands))
      if (shared >= this.cfg.minSharedBands) out.push(Number(id));
    this.#index.add(String(j), bands);
    return out.sort((x, y) => x - y);
  }
}

/** Index pairs `[i, j]` with i < j, in a deterministic order. */
export function candidatePairs(
  views: readonly ArticleView[],
  prints: readonly Fingerprint[],
  cfg: DedupConfig,
): [number, number][] {
  const finder = new CandidateFinder(views.length < cfg.exhaustiveBelow, cfg);
  const out: [number, number][] = [];
  views.forEach((v, j) => {
    for (const i of finder.next(v, prints[j])) out.push([i, j]);
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
