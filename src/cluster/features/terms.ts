// Term features from the shared wink reading: proper nouns kept whole (never stemmed), content
// words stemmed and weighted by part of speech, so generic verbs count less than names.
import type { Reading, Token } from '../../nlp/index.js';
import type { FeatureWeights } from '../config.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import type { FeatureHit } from './types.js';

function kindOf(token: Token, w: FeatureWeights): { prefix: 'e' | 't'; weight: number } | null {
  switch (token.pos) {
    case 'PROPN':
      return { prefix: 'e', weight: w.proper };
    case 'NOUN':
      return { prefix: 't', weight: w.noun };
    case 'NUM':
      return { prefix: 't', weight: w.number };
    case 'VERB':
      return { prefix: 't', weight: w.verb };
    case 'ADJ':
      return { prefix: 't', weight: w.adjective };
    default:
      return null;
  }
}

function usable(token: Token): boolean {
  if (token.type !== 'word' && token.type !== 'number') return false;
  const n = token.normal;
  return n.length >= 2 && !STOPWORDS.has(n) && /\p{L}|\d/u.test(n);
}

/** One hit per content token; `position(i)` is the multiplier of token i (title, lead, body). */
export function termHits(reading: Reading, w: FeatureWeights, position: (i: number) => number): FeatureHit[] {
  const hits: FeatureHit[] = [];
  reading.tokens.forEach((token, i) => {
    if (!usable(token)) return;
    const kind = kindOf(token, w);
    if (!kind) return;
    const norm = token.normal.replace(/['’]s$/, '');
    const key = kind.prefix === 'e' ? `e:${norm}` : `t:${stem(norm)}`;
    hits.push({ key, surface: token.text, kind: kind.weight, position: position(i) });
  });
  return hits;
}
