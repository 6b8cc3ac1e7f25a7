// Why one phrase may stand for another in a copy: the same base form, a WordNet synonym, a WordNet
// neighbour, or a known spinner swap. Anything else is a real change of wording or of fact.
import { sameLemma } from './lemma.js';
import { isSpinSwap } from './swaps.js';
import { kinship } from './wordnet.js';

export type Explanation = 'inflection' | 'synonym' | 'near-synonym' | 'spin-swap' | null;

/** Numbers and names are facts, not wording: a changed figure is never "explained". */
const FACT = /^(\d.*|[a-z]*\d[a-z\d]*)$/;

function wordPair(from: string, to: string): Explanation {
  if (FACT.test(from) || FACT.test(to)) return null;
  if (isSpinSwap(from, to)) return 'spin-swap';
  if (sameLemma(from, to)) return 'inflection';
  if (from.length < 3 || to.length < 3) return null;
  return kinship(from, to);
}

/** Explains a substitution of phrases; multiword phrases are tried whole, then word by word. */
export function explain(from: string, to: string): Explanation {
  if (isSpinSwap(from, to)) return 'spin-swap';
  const a = from.split(' ');
  const b = to.split(' ');
  if (a.length === 1 && b.length === 1) return wordPair(from, to);
  const whole = kinship(a.join(' '), b.join(' '));
  if (whole) return whole;
  if (a.length !== b.length) return null;
  const parts = a.map((w, i) => (w === b[i] ? 'inflection' : wordPair(w, b[i]!)));
  if (parts.some((p) => p === null)) return null;
  return parts.includes('spin-swap') ? 'spin-swap' : parts.includes('synonym') ? 'synonym' : 'near-synonym';
}
