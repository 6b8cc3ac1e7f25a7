// Refiner: a lone capitalised word that opens a sentence ("Armed with…", "Asked about…") is only
// a name if the article also writes it where a capital means something, a known entity carries it
// ("Blinken" after "Antony Blinken"), or it is a proper noun acting as a subject ("Blinken said").
import type { Reading } from '../../nlp/index.js';
import type { Mention } from './mention.js';

function actsAsSubject(reading: Reading, m: Mention): boolean {
  const next = reading.tokens[m.last + 1];
  return reading.tokens[m.first]?.pos === 'PROPN' && (next?.pos === 'VERB' || next?.pos === 'AUX');
}

export function dropSentenceInitialWords(reading: Reading, mentions: readonly Mention[]): Mention[] {
  const elsewhere = new Set<string>();
  for (const m of mentions) if (!m.initial) for (const w of m.words) elsewhere.add(w);
  return mentions.filter((m) => !m.initial || elsewhere.has(m.words[0] ?? '') || actsAsSubject(reading, m));
}
