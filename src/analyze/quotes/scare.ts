// Refiners: quoted words that are not someone's statement are kept but marked `scare: true`, with
// no speaker:
//   (1) a short quote (one to `maxWords` words) with no cue: Western "hysteria", a "minor incursion";
//   (2) a quoted name of a work or a show with no cue, all in title case: "Morning Brief", "Swan Lake".
// A short quote that has a cue stays a partial quote of its speaker: promised "severe" consequences.
import type { DraftQuote } from './draft.js';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'for',
  'to',
  'at',
  'with',
  'by',
]);
const MAX_TITLE_WORDS = 6;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function isTitleCase(words: readonly string[]): boolean {
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  return words.length > 0 && capital(words[0]!) && words.every((w) => capital(w) || SMALL_WORDS.has(w));
}

function isScare(q: DraftQuote, maxWords: number): boolean {
  if (!q.direct || q.cue) return false;
  const words = wordsOf(q.text);
  // A name in title case is not a statement even when the sentence has a subject to lend it.
  if (words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return true;
  return !q.speakerMention && words.length <= maxWords && !/[.!?]$/.test(q.text);
}

export function markScareQuotes(quotes: readonly DraftQuote[], maxWords: number): DraftQuote[] {
  return quotes.map((q) =>
    isScare(q, maxWords) ? { ...q, scare: true, speaker: null, speakerName: null } : q,
  );
}
