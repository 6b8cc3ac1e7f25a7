// Refiner: mentions that are words, not names. (1) A nationality used as a language ("in English",
// "in Romanian and then in English"): after "in", with no noun following it. (2) The first part of
// a hyphenated word whose second part is lower case ("High-stakes", "English-born") when it is no
// known name.
import type { Reading } from '../../nlp/index.js';
import { isNameWord } from './lexicon.js';
import type { Mention } from './mention.js';

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

function asLanguage(reading: Reading, m: Mention): boolean {
  if (m.words.length !== 1 || isNameWord(m.words[0]!)) return false;
  const prev = reading.tokens[m.first - 1];
  const next = reading.tokens[m.last + 1];
  return prev?.normal === 'in' && !(next && NOUNISH.has(next.pos));
}

function compoundPart(reading: Reading, m: Mention): boolean {
  if (m.type !== 'other' || m.words.length !== 1) return false;
  const dash = reading.tokens[m.last + 1];
  const after = reading.tokens[m.last + 2];
  return dash?.text === '-' && dash.start === m.end && after !== undefined && /^[a-z]/.test(after.text);
}

export function dropNonNames(reading: Reading, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !asLanguage(reading, m) && !compoundPart(reading, m));
}
