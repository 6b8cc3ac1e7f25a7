// The intrinsic spin score: independent signals combined as 1 − Π(1 − w), with at most a few of
// each kind counted, so one repeated quirk cannot make a text look spun on its own.
import { articleAgreement, attributionVerb, functionWords, residue, type SpinSignal } from './intrinsic.js';
import { brokenInflections } from './morphology.js';
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
];

/** Signals of one kind beyond this many add nothing. */
const PER_KIND = 3;

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
  // The strongest of each kind first, then the rest: the first few evidence lines a reader sees
  // show every kind of signal that fired.
  const seen = new Set<string>();
  const firsts = [...signals]
    .sort((x, y) => y.weight - x.weight || x.start - y.start)
    .filter((s) => !seen.has(s.kind) && seen.add(s.kind));
  const ranked = [...firsts, ...signals.filter((s) => !firsts.includes(s))];
  return { score: Math.round((1 - keep) * 1000) / 1000, signals: ranked };
}
