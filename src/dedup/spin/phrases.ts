// 5. Known spinner outputs (the list in swaps.ts) found in a text, whole words only.
import type { SpinSignal } from './intrinsic.js';
import { SPINNER_PHRASES } from './swaps.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERN = new RegExp(
  `\\b(?:${SPINNER_PHRASES.map((p) => escapeRegExp(p).replaceAll(' ', '\\s+')).join('|')})\\b`,
  'gi',
);

export function spinnerPhrases(text: string): SpinSignal[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    kind: 'spinner-phrase',
    start: m.index,
    end: m.index + m[0].length,
    weight: 0.35,
    evidence: `spinner phrase "${m[0]}"`,
  }));
}
