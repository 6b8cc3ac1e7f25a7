// One wink reading per article text, shared by the extractors of the brief stage.
import { type Reading, readText } from '../../nlp/index.js';
import type { Article } from '../../types/article.js';

const cache = new WeakMap<Article, Reading>();

export function readingOf(article: Article): Reading {
  let r = cache.get(article);
  if (!r) {
    r = readText(article.text);
    cache.set(article, r);
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
