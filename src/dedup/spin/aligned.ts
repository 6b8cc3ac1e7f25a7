// Spin judged against an original: in aligned sentences, how many of the replaced phrases are
// synonyms or spinner swaps, and whether the sentence structure survived around them.
import type { SentencePair } from '../verify/align.js';
import { type Explanation, explain } from './explain.js';
import { frequency } from './rarity.js';
import { baseOf } from './senses.js';
import { isDirectedSpinSwap } from './swaps.js';

export interface AlignedSpin {
  substitutions: number;
  explained: number;
  /** Explained swaps counted once per pair of phrases: a house-style edit repeats one pair. */
  distinct: number;
  /** Words kept in place or swapped one phrase for another, over the aligned sentences' words. */
  structureKept: number;
  /** Swaps that go the way spinners go (original word on the source side, spinner output on the copy). */
  directed: number;
  /**
   * Over distinct one-word swaps, how much rarer (log SUBTLEX-US frequency) the copy's words are
   * than the source's: a writer's word is the usual one, a thesaurus pick usually is not.
   */
  rarer: number;
  /** Readable swaps, e.g. `"told" → "instructed" (spin-swap)`, copy side on the right. */
  evidence: string[];
}

/** Grammar and house style, not wording: they count neither for nor against spin. */
const NEUTRAL: ReadonlySet<Explanation> = new Set(['inflection', 'spelling']);

/** Log frequency of the source word over the copy's: above 0 when the copy's is rarer; 0 for phrases. */
function rarity(copy: string, source: string): number {
  if (copy.includes(' ') || source.includes(' ')) return 0;
  const [c, s] = [baseOf(copy), baseOf(source)];
  if (!c || !s) return 0;
  return Math.log(frequency(s) + 1) - Math.log(frequency(c) + 1);
}

/**
 * `pairs` aligns the copy (side a) to the original (side b). With `least`, the share of swaps that
 * must be explained for the caller to call the copy spun: null as soon as that share is out of
 * reach, even were every swap left explained (a rewrite's changed names and facts are not all
 * looked up in WordNet only to be refused).
 */
export function alignedSpin(
  pairs: readonly SentencePair[],
  words: (p: SentencePair) => number,
  least?: number,
): AlignedSpin | null {
  let [substitutions, explained, kept, total, directed, rarer] = [0, 0, 0, 0, 0, 0];
  const evidence: string[] = [];
  const seen = new Set<string>();
  let left = 0;
  for (const p of pairs) left += p.diff.substitutions.length;
  for (const p of pairs) {
    total += words(p);
    kept += p.diff.same;
    for (const s of p.diff.substitutions) {
      substitutions++;
      left--;
      kept += s.lengths[0];
      const why: Explanation = explain(s.to, s.from);
      if (NEUTRAL.has(why)) substitutions--;
      // The best share still open: every swap left explained (a neutral one would lower it).
      if (why === null && least !== undefined && (explained + left) / (substitutions + left) < least)
        return null;
      if (why === null || NEUTRAL.has(why)) continue;
      explained++;
      if (isDirectedSpinSwap(s.to, s.from)) directed++;
      evidence.push(`"${s.to}" → "${s.from}" (${why})`);
      if (seen.has(`${s.to}|${s.from}`)) continue;
      seen.add(`${s.to}|${s.from}`);
      rarer += rarity(s.from, s.to);
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
    distinct: seen.size,
    structureKept: total === 0 ? 0 : kept / total,
    directed,
    rarer,
    evidence: [...new Set(ranked)],
  };
}
