// Which pairs the verifier looks at. Small sets: every pair whose content words overlap enough
// (heavy rewrites share few shingles but many words). Large sets: pairs sharing an LSH band.
import type { DedupConfig } from './config.js';
import { MemoryFingerprintIndex } from './fingerprint/memory-index.js';
import type { Fingerprint } from './fingerprint/minhash.js';
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

/** Index pairs `[i, j]` with i < j, in a deterministic order. */
export function candidatePairs(
  views: readonly ArticleView[],
  prints: readonly Fingerprint[],
  cfg: DedupConfig,
): [number, number][] {
  if (views.length < cfg.exhaustiveBelow) {
    const sets = views.map(contentSet);
    const out: [number, number][] = [];
    for (let i = 0; i < views.length; i++)
      for (let j = i + 1; j < views.length; j++)
        if (overlap(sets[i]!, sets[j]!) >= MIN_WORD_OVERLAP) out.push([i, j]);
    return out;
  }
  const index = new MemoryFingerprintIndex();
  const out: [number, number][] = [];
  prints.forEach((p, j) => {
    for (const [id, shared] of index.query(p.bands))
      if (shared >= cfg.minSharedBands) out.push([Number(id), j]);
    index.add(String(j), p.bands);
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
