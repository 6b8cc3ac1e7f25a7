// Extractor of last resort for a quote inside a sentence: the attribution closing the sentence after
// a comma names the speaker of every quote before it.
//   The promise to "take our country back" appeals to older voters, said Jane Roe, a demographer.
//   Guns are "a crisis" and "a scourge," Dr Roe, the former governor, told the convention.
import { type QuoteDoc, tokenAt } from './doc.js';
import type { QuotedPassage } from './marks.js';
import { type Attribution, attributionAt, sentenceBounds } from './shared.js';

const QUOTE_MARKS = new Set(['“', '”', '"']);
const MAX_TAIL = 8;

/** The attribution starting right after the comma at c, if it names its speaker there. */
function attributionAfterComma(doc: QuoteDoc, c: number, last: number): Attribution | null {
  const ceiling = Math.min(last, c + MAX_TAIL);
  for (let i = c + 1; i <= ceiling; i++) {
    if (QUOTE_MARKS.has(doc.tokens[i]!.text) || doc.tokens[i]!.text === ',') return null;
    const found = attributionAt(doc, i, c + 1, last, 'postfix', i === c + 1);
    if (found?.speaker && found.speaker.first > c) return found;
  }
  return null;
}

export function tailAttribution(doc: QuoteDoc, q: QuotedPassage): Attribution | null {
  const t = tokenAt(doc, q.close + 1);
  // The sentence must run on after the quote: "…." closes it, and what follows is another sentence.
  if (t >= doc.tokens.length || /[.!?]$/.test(doc.text.slice(q.start, q.end))) return null;
  if (doc.sentenceOf[t] !== doc.sentenceOf[tokenAt(doc, q.close)]) return null;
  const { last } = sentenceBounds(doc, t);
  for (let c = last; c > t; c--) {
    const tok = doc.tokens[c]!;
    if (QUOTE_MARKS.has(tok.text)) return null;
    if (tok.text !== ',') continue;
    const found = attributionAfterComma(doc, c, last);
    if (found) return found;
  }
  return null;
}
