// Are two sentences the same statement? Content words matched exactly, by inflection or by a
// WordNet synonym, with a changed number or name counting against: the sentence-level verifier.
import { explain } from '../spin/explain.js';
import { isContentWord, wordTokens } from '../text/tokens.js';

const IS_NUMBER = /\d/;

function contentWords(s: string): string[] {
  return [
    ...new Set(
      wordTokens(s)
        .map((t) => t.norm)
        .filter(isContentWord),
    ),
  ];
}

/** Content words of `x` with a partner in `y`: the same word first, then an explained one. */
function matched(x: readonly string[], y: readonly string[]): number {
  const free = new Set(y);
  let n = 0;
  const rest: string[] = [];
  for (const w of x) {
    if (free.delete(w)) n++;
    else rest.push(w);
  }
  for (const w of rest) {
    if (IS_NUMBER.test(w)) continue;
    const partner = [...free].find((v) => !IS_NUMBER.test(v) && explain(w, v) !== null);
    if (partner !== undefined) {
      free.delete(partner);
      n++;
    }
  }
  return n;
}

/** 0–1: the share of content words matched on both sides, lowered when the figures differ. */
export function paraphraseScore(s1: string, s2: string): number {
  const x = contentWords(s1);
  const y = contentWords(s2);
  if (x.length + y.length === 0) return 1;
  const m = matched(x, y);
  const base = (2 * m) / (x.length + y.length);
  const nx = new Set(x.filter((w) => IS_NUMBER.test(w)));
  const ny = y.filter((w) => IS_NUMBER.test(w));
  const numbersDiffer = ny.some((w) => !nx.has(w)) || nx.size > new Set(ny).size;
  return numbersDiffer ? base * 0.8 : base;
}
