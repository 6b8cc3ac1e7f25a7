// Readings for the extractors of the brief stage. The language stage already read each article
// (in a worker, for big batches); reading a whole article again here cost as much as that stage,
// so only the sentence an extractor asks about is read, with offsets into the article's text.
import { type Reading, readText } from '../../nlp/index.js';
import type { Article } from '../../types/article.js';
import { sentenceSpans } from './units.js';

const cache = new WeakMap<Article, Map<number, Reading>>();

/** The sentence (or, past the last one, the rest of the text) that holds `offset`. */
function sentenceAt(article: Article, offset: number): { start: number; end: number } {
  const spans = sentenceSpans(article);
  return (
    spans.find((s) => s.start <= offset && offset < s.end) ??
    spans.find((s) => s.start >= offset) ?? { start: offset, end: article.text.length }
  );
}

/** A reading of the sentence holding `offset`; token and sentence offsets index the article's text. */
export function readingAt(article: Article, offset: number): Reading {
  const span = sentenceAt(article, offset);
  let byStart = cache.get(article);
  if (!byStart) {
    byStart = new Map();
    cache.set(article, byStart);
  }
  let r = byStart.get(span.start);
  if (!r) {
    const local = readText(article.text.slice(span.start, span.end));
    const shift = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + span.start,
      end: x.end + span.start,
    });
    r = { tokens: local.tokens.map(shift), sentences: local.sentences.map(shift) };
    byStart.set(span.start, r);
  }
  return r;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAfter(reading: Reading, offset: number): number {
  const i = reading.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? reading.tokens.length : i;
}

/** Whether an offset lies inside one of the article's direct quotes. */
export function insideQuote(article: Article, start: number, end: number): boolean {
  return article.quotes.some((q) => q.direct && q.start <= start && end <= q.end);
}
