// Why one phrase may stand for another in a copy: the same base form, another spelling, a WordNet
// synonym, a WordNet neighbour, or a known spinner swap. Anything else is a real change of
// wording or of fact.
import { sameLemma } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { isSpinSwap } from './swaps.js';
import { kinship } from './wordnet.js';

export type Explanation = 'inflection' | 'spelling' | 'synonym' | 'near-synonym' | 'spin-swap' | null;

/** Numbers and names are facts, not wording: a changed figure is never "explained". */
const FACT = /^(\d.*|[a-z]*\d[a-z\d]*)$/;

/** Edit distance, stopping early once it passes `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Another spelling of one word: "jewelry"/"jewellery", "center"/"centre", "mobilized"/"mobilised",
 * "protesters"/"protestors". House style, not wording: an editor's change, never a spinner's.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  return distance(a, b, 2) <= 2;
}

function wordPair(from: string, to: string): Explanation {
  if (FACT.test(from) || FACT.test(to)) return null;
  if (isSpinSwap(from, to)) return 'spin-swap';
  if (sameLemma(from, to)) return 'inflection';
  if (isSpellingVariant(from, to)) return 'spelling';
  if (from.length < 3 || to.length < 3) return null;
  return kinship(from, to);
}

/**
 * What `explain` made of each phrase pair lately: a copy's swaps recur in every pair it is verified
 * in (the same respelled name, the same spinner's pick), and the lemma, spelling and WordNet look-ups
 * behind one answer cost far more than the look-up.
 */
const explained = new BoundedMemo<string, Explanation>();

/** Explains a substitution of phrases; multiword phrases are tried whole, then word by word. */
export function explain(from: string, to: string): Explanation {
  const key = `${from}\u0000${to}`;
  const known = explained.get(key);
  if (known !== undefined) return known;
  const why = explainPhrases(from, to);
  explained.set(key, why);
  return why;
}

function explainPhrases(from: string, to: string): Explanation {
  if (isSpinSwap(from, to)) return 'spin-swap';
  const a = from.split(' ');
  const b = to.split(' ');
  if (a.length === 1 && b.length === 1) return wordPair(from, to);
  const whole = kinship(a.join(' '), b.join(' '));
  if (whole) return whole;
  // "firebomb" / "fire bomb", "e-mail" / "email": one word written apart or together.
  if (a.join('') === b.join('')) return 'spelling';
  if (a.length !== b.length) return null;
  const parts = a.map((w, i) => (w === b[i] ? 'inflection' : wordPair(w, b[i]!)));
  if (parts.some((p) => p === null)) return null;
  if (parts.every((p) => p === 'inflection' || p === 'spelling'))
    return parts.includes('spelling') ? 'spelling' : 'inflection';
  return parts.includes('spin-swap') ? 'spin-swap' : parts.includes('synonym') ? 'synonym' : 'near-synonym';
}
