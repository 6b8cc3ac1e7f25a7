// Sentence alignment: each sentence of one article paired with the sentence of the other that
// shares the most content words (Dice over word sets), then diffed word by word.
import { isContentWord } from '../text/tokens.js';
import { contentSets, postings as postingsOf, sentenceDiff } from './derived.js';
import { diffSentences, type SentenceDiff } from './diff.js';
import type { ArticleView } from './view.js';

export interface SentencePair {
  /** Sentence indices into each view's `sentences`. */
  a: number;
  b: number;
  /** Dice similarity of the two content-word sets. */
  dice: number;
  diff: SentenceDiff;
  /** Words of `a`'s sentence kept in order in `b`'s that are content words, not names or quotes. */
  keptContent: number;
}

function keptContent(view: ArticleView, s: number, diff: SentenceDiff): number {
  const first = view.sentences[s]!.first;
  return diff.anchors.filter(
    ([i]) => view.evidential[first + i] && isContentWord(view.words[first + i]!.norm),
  ).length;
}

export function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Best partner in `b` for every sentence of `a` whose similarity reaches `minDice`. */
export function alignSentences(a: ArticleView, b: ArticleView, minDice: number): SentencePair[] {
  const bSets = contentSets(b);
  const postings = postingsOf(b);
  const aSets = contentSets(a);
  const pairs: SentencePair[] = [];
  for (let s = 0; s < a.sentences.length; s++) {
    const set = aSets[s]!;
    const hits = new Map<number, number>();
    for (const w of set) for (const t of postings.get(w) ?? []) hits.set(t, (hits.get(t) ?? 0) + 1);
    let best = -1;
    let bestDice = 0;
    for (const [t, shared] of hits) {
      const d = (2 * shared) / (set.size + bSets[t]!.size);
      if (d > bestDice) [best, bestDice] = [t, d];
    }
    if (best < 0 || bestDice < minDice) continue;
    const diff = sentenceDiff(a, s, b, best, diffSentences);
    pairs.push({ a: s, b: best, dice: bestDice, diff, keptContent: keptContent(a, s, diff) });
  }
  return pairs;
}
