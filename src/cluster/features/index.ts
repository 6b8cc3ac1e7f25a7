// An article → its clustering features: extractors return weighted hits (terms, names, dates),
// which are summed per key with sublinear term frequency. IDF is applied later by the engine, with
// document frequencies learnt online.
import { type Reading, readText } from '../../nlp/index.js';
import type { AnalyzedArticle } from '../../types/article.js';
import type { ClusterConfig } from '../config.js';
import { articleDates, dayNumber } from './dates.js';
import { happeningOf } from './happening.js';
import { actorKeys, entityTableHits, properRunHits, protagonistKeys } from './names.js';
import { termHits } from './terms.js';
import type { ArticleFeatures, FeatureHit } from './types.js';

export type { ArticleFeatures, Happening } from './types.js';

function leadEndOf(article: AnalyzedArticle, reading: Reading, leadSentences: number): number {
  const sentences = article.sentences.length > 0 ? article.sentences : reading.sentences;
  const last = sentences[Math.min(leadSentences, sentences.length) - 1];
  return last?.end ?? article.text.length;
}

function dateHits(article: AnalyzedArticle, weight: number): FeatureHit[] {
  return articleDates(article).flatMap((d) => {
    const month = {
      key: `d:${d.value.slice(0, 7)}`,
      surface: d.value.slice(0, 7),
      kind: weight,
      position: 1,
    };
    return d.value.length === 10
      ? [{ key: `d:${d.value}`, surface: d.value, kind: weight, position: 1 }, month]
      : [month];
  });
}

/** Sums hits per key: weight = kind × (1 + ln count), count being the position-weighted occurrences. */
export function aggregate(hits: readonly FeatureHit[]): Pick<ArticleFeatures, 'weights' | 'surfaces'> {
  const count = new Map<string, number>();
  const kind = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const h of hits) {
    count.set(h.key, (count.get(h.key) ?? 0) + h.position);
    kind.set(h.key, Math.max(kind.get(h.key) ?? 0, h.kind));
    if (!surfaces.has(h.key)) surfaces.set(h.key, h.surface);
  }
  const weights = new Map<string, number>();
  for (const [key, c] of count) {
    const w = (kind.get(key) ?? 0) * (c >= 1 ? 1 + Math.log(c) : c);
    if (w > 0) weights.set(key, w);
  }
  return { weights, surfaces };
}

/** `body`: the language stage's reading of `article.text`, when at hand (read again otherwise). */
export function articleFeatures(
  article: AnalyzedArticle,
  config: ClusterConfig,
  body: Reading = readText(article.text),
): ArticleFeatures {
  const w = config.weights;
  const leadEnd = leadEndOf(article, body, config.leadSentences);
  const bodyPosition = (i: number) => ((body.tokens[i]?.start ?? leadEnd) < leadEnd ? w.lead : 1);
  const hits: FeatureHit[] = [...termHits(body, w, bodyPosition), ...dateHits(article, w.date)];
  const title = article.title ? readText(article.title) : null;
  if (title) hits.push(...termHits(title, w, () => w.title));
  if (article.entityTable.length > 0) {
    hits.push(...entityTableHits(article, w.name, (at) => (at < leadEnd ? w.lead : 1)));
  } else {
    hits.push(...properRunHits(body, article.text, w.name, bodyPosition));
    if (title && article.title) hits.push(...properRunHits(title, article.title, w.name, () => w.title));
  }
  const happening = happeningOf(article, leadEnd);
  // Decay runs on the publication clock only: dates told in the text are checked as happenings.
  const day = dayNumber(article.published);
  const actors = [...actorKeys(article), ...protagonistKeys(article, leadEnd)];
  return { id: article.id, ...aggregate(hits), happening, actors, day };
}
