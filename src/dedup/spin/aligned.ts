// Spin judged against an original: in aligned sentences, how many of the replaced phrases are
// synonyms or spinner swaps, and whether the sentence structure survived around them.
import type { SentencePair } from '../verify/align.js';
import { type Explanation, explain } from './explain.js';
import { isDirectedSpinSwap } from './swaps.js';

export interface AlignedSpin {
  substitutions: number;
  explained: number;
  /** Words kept in place or swapped one phrase for another, over the aligned sentences' words. */
  structureKept: number;
  /** Swaps that go the way spinners go (original word on the source side, spinner output on the copy). */
  directed: number;
  /** Readable swaps, e.g. `"told" → "instructed" (spin-swap)`, copy side on the right. */
  evidence: string[];
}

/** `pairs` aligns the copy (side a) to the original (side b). */
export function alignedSpin(pairs: readonly SentencePair[], words: (p: SentencePair) => number): AlignedSpin {
  let substitutions = 0;
  let explained = 0;
  let kept = 0;
  let total = 0;
  let directed = 0;
  const evidence: string[] = [];
  for (const p of pairs) {
    total += words(p);
    kept += p.diff.same;
    for (const s of p.diff.substitutions) {
      substitutions++;
      kept += s.lengths[0];
      const why: Explanation = explain(s.to, s.from);
      // A changed inflection is grammar, not wording: it neither counts for nor against spin.
      if (why === 'inflection') substitutions--;
      if (why === null || why === 'inflection') continue;
      explained++;
      if (isDirectedSpinSwap(s.to, s.from)) directed++;
      evidence.push(`"${s.to}" → "${s.from}" (${why})`);
    }
  }
  // Spinner swaps first: they tell machine paraphrase from a careful rewrite better than synonyms do.
  const ranked = [
    ...evidence.filter((e) => e.endsWith('(spin-swap)')),
    ...evidence.filter((e) => !e.endsWith('(spin-swap)')),
  ];
  return {
    substitutions,
    explained,
    structureKept: total === 0 ? 0 : kept / total,
    directed,
    evidence: ranked,
  };
}
