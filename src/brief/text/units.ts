// The sentences of a story's articles as units the briefing ranks, cites and dates: each keeps its
// article, its span and its content words (provenance for everything built from it).
import { readText } from '../../nlp/index.js';
import type { Article } from '../../types/article.js';
import { contentWords } from './words.js';

export interface SentenceUnit {
  article: string;
  /** Index of the sentence inside its article. */
  index: number;
  /** Position in the article, 0 (first) … 1 (last). */
  position: number;
  start: number;
  end: number;
  text: string;
  words: string[];
}

/** Sentence spans of an article: the analyser's when it gave them, otherwise our own reading. */
export function sentenceSpans(article: Article): { start: number; end: number }[] {
  if (article.sentences.length > 0) return article.sentences;
  return readText(article.text).sentences;
}

const cache = new WeakMap<Article, SentenceUnit[]>();

/** One article's sentences, whitespace-trimmed so that each unit's text is its exact slice. */
export function articleUnits(article: Article): SentenceUnit[] {
  let units = cache.get(article);
  if (!units) {
    units = readUnits(article);
    cache.set(article, units);
  }
  return units;
}

function readUnits(article: Article): SentenceUnit[] {
  const spans = sentenceSpans(article)
    .map((s) => trimSpan(article.text, s.start, s.end))
    .filter((s) => s.end > s.start);
  return spans.map((s, index) => {
    const text = article.text.slice(s.start, s.end);
    return {
      article: article.id,
      index,
      position: spans.length > 1 ? index / (spans.length - 1) : 0,
      start: s.start,
      end: s.end,
      text,
      words: contentWords(text),
    };
  });
}

export function storyUnits(articles: readonly Article[]): SentenceUnit[] {
  return articles.flatMap(articleUnits);
}

export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Finds the unit containing a character offset of an article (indexed once per list). */
export function unitFinder(
  units: readonly SentenceUnit[],
): (article: string, offset: number) => SentenceUnit | undefined {
  const byArticle = new Map<string, SentenceUnit[]>();
  for (const u of units) {
    const list = byArticle.get(u.article) ?? [];
    list.push(u);
    byArticle.set(u.article, list);
  }
  return (article, offset) => byArticle.get(article)?.find((u) => u.start <= offset && offset < u.end);
}
