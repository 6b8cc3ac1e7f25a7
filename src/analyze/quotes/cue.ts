// Cue recognition: is token i a reporting verb, or the start of a cue phrase ("according to")?
import type { QuoteDoc } from './doc.js';
import { cuePhrases, cueVerbs } from './lexicon.js';

const NOT_VERB = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function isCueVerb(doc: QuoteDoc, i: number, afterSpeaker = false): boolean {
  const t = doc.tokens[i];
  if (t === undefined || !cueVerbs.has(t.normal)) return false;
  return !NOT_VERB.has(t.pos) || (afterSpeaker && mistagged(doc, i));
}

/**
 * Right after a quote and its speaker the tagger may read a cue as an adjective or a noun
 * ("…," Roe fumed/ADJ; "…," the ministry states/NOUN): a past or present form after a name is the verb.
 */
function mistagged(doc: QuoteDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const named = doc.mentionEndingAt.get(i - 1);
  const afterName =
    named?.type === 'person' || named?.type === 'organization' || doc.tokens[i - 1]?.pos === 'PRON';
  return (
    afterName && ((t.pos === 'ADJ' && /ed$/.test(t.normal)) || (t.pos === 'NOUN' && /s$/.test(t.normal)))
  );
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
