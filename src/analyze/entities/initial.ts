// Refiner: a lone capitalised word that opens a sentence ("Armed with…", "Asked about…") is only
// a name if the article also writes it where a capital means something, or a known entity
// carries it ("Blinken" after "Antony Blinken").
import type { Mention } from './mention.js';

export function dropSentenceInitialWords(mentions: readonly Mention[]): Mention[] {
  const elsewhere = new Set<string>();
  for (const m of mentions) if (!m.initial) for (const w of m.words) elsewhere.add(w);
  return mentions.filter((m) => !m.initial || elsewhere.has(m.words[0] ?? ''));
}
