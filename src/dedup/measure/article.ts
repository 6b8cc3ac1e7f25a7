// An analysed article made straight from text, for measuring and testing this stage on its own
// (names, quotes and times are not needed to detect copies; sentences come from the shared reading).
import { readText } from '../../nlp/index.js';
import type { AnalyzedArticle } from '../../types/article.js';

export function articleFromText(id: string, text: string, published: string | null = null): AnalyzedArticle {
  return {
    id,
    input: id,
    url: null,
    title: null,
    outlet: null,
    byline: null,
    language: 'en',
    published,
    publishedFrom: null,
    dateline: null,
    text,
    removed: [],
    entities: [],
    entityTable: [],
    quotes: [],
    times: [],
    numbers: [],
    sentences: readText(text).sentences.map(({ start, end }) => ({ start, end })),
  };
}
