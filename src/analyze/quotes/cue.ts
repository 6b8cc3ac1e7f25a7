// Cue recognition: is token i a reporting verb, or the start of a cue phrase ("according to")?
import type { QuoteDoc } from './doc.js';
import { cuePhrases, cueVerbs } from './lexicon.js';

const NOT_VERB = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function isCueVerb(doc: QuoteDoc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && cueVerbs.has(t.normal) && !NOT_VERB.has(t.pos);
}

/** Length in tokens of a cue phrase starting at i ("according to" → 2), else 0. */
export function cuePhraseAt(doc: QuoteDoc, i: number): number {
  for (const words of cuePhrases) {
    if (words.every((w, k) => doc.tokens[i + k]?.normal === w)) return words.length;
  }
  return 0;
}

/** The first and last token of a cue as a span. */
export function cueSpan(
  doc: QuoteDoc,
  first: number,
  last: number,
): { start: number; end: number; text: string } {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}
