// Quantities as facts: a figure and the noun it counts ("some 100,000 troops", "100,000 Russian
// troops", "greater than 100,000 troops" all meet as 100,000 × troop). The extractor returns spans;
// grouping by value and unit head happens in the refiner below.
import type { Article, NumberExpression } from '../../types/article.js';
import { readingAt, tokenAfter } from '../text/reading.js';
import { stem } from '../text/words.js';

export interface QuantityMention {
  article: string;
  /** The phrase: approximator, figure, modifiers and head noun, verbatim. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** The head noun as written ("troops") and its stem ("troop") for matching. */
  unit: string;
  unitKey: string;
  approximate: boolean;
  /** Written in figures ("100,000") rather than words ("two"). */
  digits: boolean;
}

const APPROX =
  /(?:\b(?:some|around|about|nearly|almost|roughly|approximately|an estimated|estimated|more than|greater than|fewer than|less than|over|up to|at least)\s+)$/i;
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * Head noun of the phrase a figure starts: the last noun of the modifier run right after it. The
 * language stage keeps it with each figure (`head`); an article analysed before that has its
 * figure's sentence read again here.
 */
function headOf(article: Article, n: NumberExpression): { start: number; end: number; text: string } | null {
  if (n.head === undefined) return headNoun(article, n.end);
  return (
    n.head && { start: n.head.start, end: n.head.end, text: article.text.slice(n.head.start, n.head.end) }
  );
}

/** Head noun of the phrase a figure starts, read from the figure's sentence (see headOf). */
export function headNoun(article: Article, end: number): { start: number; end: number; text: string } | null {
  // A hyphenated figure ("90-minute meeting") names its unit in the word after the hyphen.
  const hyphen = /^-(\p{L}+)/u.exec(article.text.slice(end, end + 30));
  if (hyphen) return { start: end + 1, end: end + hyphen[0].length, text: hyphen[1]! };
  const reading = readingAt(article, end);
  let i = tokenAfter(reading, end);
  let head: { start: number; end: number; text: string } | null = null;
  for (let n = 0; n < 5 && i < reading.tokens.length; n++, i++) {
    const t = reading.tokens[i]!;
    if (!MODIFIER_POS.has(t.pos) || t.type !== 'word') break;
    if (t.pos === 'NOUN') head = { start: t.start, end: t.end, text: t.text };
  }
  return head;
}

export function quantityMentions(article: Article): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const n of article.numbers) {
    if (article.times.some((t) => n.start < t.end && t.start < n.end)) continue;
    // "5. 9" or "500, 000" split by a tokenizer: the figure is the tail of a larger number.
    if (/\d[.,]\s?$/.test(article.text.slice(Math.max(0, n.start - 3), n.start))) continue;
    // A number span that already spells its unit ("100,000 troops") keeps the analyser's unit;
    // otherwise the phrase runs to the head noun, when it is the analyser's unit or there is none.
    const spelled = n.unit !== null && n.text.toLowerCase().includes(n.unit.toLowerCase());
    const found = spelled ? null : headOf(article, n);
    const head =
      found && (n.unit === null || stem(found.text.toLowerCase()) === stem(n.unit.toLowerCase()))
        ? found
        : null;
    const unit = n.unit ?? head?.text ?? null;
    if (!unit || !/^\p{L}/u.test(unit)) continue;
    const approx = APPROX.exec(article.text.slice(Math.max(0, n.start - 24), n.start));
    const start = approx ? n.start - approx[0].length : n.start;
    const end = head?.end ?? n.end;
    out.push({
      article: article.id,
      start,
      end,
      text: article.text.slice(start, end),
      value: n.value,
      unit: unit.toLowerCase(),
      unitKey: stem(unit.toLowerCase()),
      approximate: Boolean(n.approximate) || approx !== null,
      digits: /\d/.test(n.text),
    });
  }
  return out;
}

/** Refiner: mentions of the same value of the same unit are one fact. */
export function groupQuantities(mentions: readonly QuantityMention[]): QuantityMention[][] {
  const groups = new Map<string, QuantityMention[]>();
  for (const m of mentions) {
    const key = `${m.value}|${m.unitKey}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}
