// The intrinsic spin score: independent signals combined as 1 − Π(1 − w), with at most a few of
// each kind counted, so one repeated quirk cannot make a text look spun on its own.

import { swappedPhrases } from './collocation.js';
import {
  articleAgreement,
  attributionVerb,
  functionWords,
  repeatedWord,
  residue,
  type SpinSignal,
} from './intrinsic.js';
import { brokenInflections } from './morphology.js';
import { numberWords } from './numbers.js';
import { spinnerPhrases } from './phrases.js';
import { thesaurusWords } from './rarity.js';
import { wordClass } from './word-class.js';

const EXTRACTORS = [
  residue,
  spinnerPhrases,
  articleAgreement,
  functionWords,
  attributionVerb,
  thesaurusWords,
  brokenInflections,
  wordClass,
  swappedPhrases,
  repeatedWord,
  numberWords,
];

/** Signals of one kind beyond this many add nothing. */
const PER_KIND = 3;
/**
 * What each further kind of signal, found at a place of its own, leaves of the doubt: kinds that
 * read different things (rare words, a broken form, a word in the wrong slot) agreeing is stronger
 * evidence than their weights multiplied as if each stood alone. One quirk repeated, or two kinds
 * read off the same words ("an the" is a mismatched article and a bad word order), gets nothing.
 */
const CORROBORATION = 0.85;

/** Kinds of signal that fired at places that do not overlap one another's. */
function separateKinds(signals: readonly SpinSignal[]): number {
  const firsts = new Map<string, SpinSignal>();
  for (const s of signals) {
    if (firsts.has(s.kind)) continue;
    if ([...firsts.values()].some((o) => o.start < s.end && s.start < o.end)) continue;
    firsts.set(s.kind, s);
  }
  return firsts.size;
}

export interface IntrinsicSpin {
  score: number;
  signals: SpinSignal[];
}

export function intrinsicSpin(text: string): IntrinsicSpin {
  const signals = EXTRACTORS.flatMap((extract) => extract(text)).sort((x, y) => x.start - y.start);
  const perKind = new Map<string, number>();
  let keep = 1;
  for (const s of signals) {
    const n = (perKind.get(s.kind) ?? 0) + 1;
    perKind.set(s.kind, n);
    if (n <= PER_KIND) keep *= 1 - s.weight;
  }
  keep *= CORROBORATION ** Math.max(0, separateKinds(signals) - 1);
  // The strongest of each kind first, then the rest: the first few evidence lines a reader sees
  // show every kind of signal that fired.
  const seen = new Set<string>();
  const firsts = [...signals]
    .sort((x, y) => y.weight - x.weight || x.start - y.start)
    .filter((s) => !seen.has(s.kind) && seen.add(s.kind));
  const ranked = [...firsts, ...signals.filter((s) => !firsts.includes(s))];
  return { score: Math.round((1 - keep) * 1000) / 1000, signals: ranked };
}
