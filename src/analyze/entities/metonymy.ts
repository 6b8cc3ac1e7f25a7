// Refiner: a capital used as its government ("Washington and its allies have rejected…",
// "Moscow has demanded…") names the country, not the city. "in Washington" stays the city.
import type { Reading } from '../../nlp/index.js';
import { countryOfCapital } from './lexicon.js';
import type { Mention } from './mention.js';

const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'outside',
  'inside',
  'into',
  'via',
  'around',
  'across',
]);
const ACTOR_NEXT = new Set([
  'and',
  "'s",
  '’s',
  'has',
  'have',
  'had',
  'is',
  'was',
  'says',
  'said',
  'will',
  'would',
  'wants',
]);

function actsAsGovernment(reading: Reading, m: Mention): boolean {
  const prev = reading.tokens[m.first - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.normal)) return false;
  const next = reading.tokens[m.last + 1];
  if (!next) return false;
  return ACTOR_NEXT.has(next.normal) || next.pos === 'VERB' || next.pos === 'AUX';
}

export function capitalsAsGovernments(reading: Reading, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    const country = m.kind === 'capital' && m.canonical ? countryOfCapital.get(m.canonical) : undefined;
    if (!country || !actsAsGovernment(reading, m)) return m;
    return { ...m, canonical: country, kind: 'country', provenance: 'inferred' };
  });
}
