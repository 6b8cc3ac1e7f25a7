// Refiner: "the Blinken-Lavrov meeting" is two people, not one name. A hyphenated name whose
// parts are each a name written elsewhere in the article is split; "Ocasio-Cortez" stays whole.
import type { Reading } from '../../nlp/index.js';
import { type Mention, makeMention } from './mention.js';

function knownWords(mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) if (!m.text.includes('-')) for (const w of m.words) words.add(w);
  return words;
}

export function splitHyphenPairs(text: string, reading: Reading, mentions: readonly Mention[]): Mention[] {
  const known = knownWords(mentions);
  return mentions.flatMap((m) => {
    if (m.type === 'place' || m.type === 'organization' || !m.text.includes('-')) return [m];
    const parts: [number, number][] = [];
    let from = m.first;
    for (let i = m.first; i <= m.last + 1; i++) {
      if (i <= m.last && reading.tokens[i]!.text !== '-') continue;
      parts.push([from, i - 1]);
      from = i + 1;
    }
    const names = parts.map(([a, b]) =>
      reading.tokens
        .slice(a, b + 1)
        .map((t) => t.text)
        .join(' '),
    );
    if (parts.length < 2 || !names.every((n) => known.has(n))) return [m];
    return parts.map(([a, b]) =>
      makeMention(text, reading.tokens, a, b, { type: 'other', provenance: 'inferred' }),
    );
  });
}
