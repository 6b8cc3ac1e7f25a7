// Sentence alignment: each sentence of one article paired with the sentence of the other that
// shares the most content words (Dice over word sets), then diffed word by word.
import { isContentWord } from '../text/tokens.js';
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

export function sentenceWords(view: ArticleView, s: number): string[] {
  const { first, end } = view.sentences[s]!;
  return view.words.slice(first, end).map((w) => w.norm);
}

/** Content words of a sentence that are not names or figures (see ArticleView.evidential). */
function contentSet(view: ArticleView, s: number): Set<string> {
  const { first, end } = view.sentences[s]!;
  const out = new Set<string>();
  for (let i = first; i < end; i++)
    if (view.evidential[i] && isContentWord(view.words[i]!.norm)) out.add(view.words[i]!.norm);
  return out;
}

export function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Best partner in `b` for every sentence of `a` whose similarity reaches `minDice`. */
export function alignSentences(a: ArticleView, b: ArticleView, minDice: number): SentencePair[] {
  const bSets = b.sentences.map((_, s) => contentSet(b, s));
  const postings = new Map<string, number[]>();
  bSets.forEach((set, s) => {
    for (const w of set) (postings.get(w) ?? postings.set(w, []).get(w)!).push(s);
  });
  const pairs: SentencePair[] = [];
  for (let s = 0; s < a.sentences.length; s++) {
    const set = contentSet(a, s);
    const hits = new Map<number, number>();
    for (const w of set) for (const t of postings.get(w) ?? []) hits.set(t, (hits.get(t) ?? 0) + 1);
    let best = -1;
    let bestDice = 0;
    for (const [t, shared] of hits) {
      const d = (2 * shared) / (set.size + bSets[t]!.size);
      if (d > bestDice) [best, bestDice] = [t, d];
    }
    if (best < 0 || bestDice < minDice) continue;
    const diff = diffSentences(sentenceWords(a, s), sentenceWords(b, best));
    pairs.push({ a: s, b: best, dice: bestDice, diff, keptContent: keptContent(a, s, diff) });
  }
  return pairs;
}
