// The head noun of the phrase a figure starts ("100,000 Russian troops" → troops, "a 90-minute
// meeting" → minute): what a quantity counts, as a span of the article. Read by the language stage
// from its own reading of the whole text, and kept with each figure, so that the briefing, which
// groups quantities by value and head, need not read the figure's sentence again.
import type { Token } from '../../nlp/index.js';
import { lowerBound } from '../times/spans.js';

const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/** The last noun of the run of modifiers (at most five words) right after a figure ending at `end`. */
export function countedNoun(
  text: string,
  tokens: readonly Token[],
  end: number,
): { start: number; end: number } | null {
  // A hyphenated figure ("90-minute meeting") names its unit in the word after the hyphen.
  const hyphen = /^-(\p{L}+)/u.exec(text.slice(end, end + 30));
  if (hyphen) return { start: end + 1, end: end + hyphen[0].length };
  let head: { start: number; end: number } | null = null;
  let i = lowerBound(tokens, end, (t) => t.start);
  for (let n = 0; n < 5 && i < tokens.length; n++, i++) {
    const t = tokens[i]!;
    if (!MODIFIER_POS.has(t.pos) || t.type !== 'word') break;
    if (t.pos === 'NOUN') head = { start: t.start, end: t.end };
  }
  return head;
}
