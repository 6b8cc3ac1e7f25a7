// The cluster stage: articles in arrival order → stories, each holding its events. The batch
// stage is the online engine fed one article at a time, so a batch equals the same stream.
import type { DocumentTimes } from '../ingest/deadline.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { ClusterStage, Context, StoryGroup } from '../types/stages.js';
import { Clusterer } from './engine/clusterer.js';
import { type ArticleFeatures, articleFeatures } from './features/index.js';

export type { ClusterConfig } from './config.js';
export { clusterConfig } from './config.js';
export { Clusterer, type PlaceLimit, type Placement } from './engine/clusterer.js';
export type { Remembered } from './engine/memory.js';
export type { StoryChanges } from './engine/report.js';
export type {
  ClusterChanges,
  ClusterMeta,
  ClusterState,
  ClusterWindow,
  EventRow,
  StoryRow,
} from './engine/state.js';
export { type ArticleFeatures, articleFeatures, type Happening } from './features/index.js';

/**
 * `features`, when given, are the articles' features made earlier (in the same order). With
 * `limit`, each article is placed within what is left of its time (see PlaceLimit), and an
 * article whose placement was cut short is passed to `limit.cut` with what was done instead.
 */
export const cluster = ((
  articles: readonly AnalyzedArticle[],
  ctx: Context,
  features?: readonly ArticleFeatures[],
  limit?: ClusterLimit,
): StoryGroup[] => {
  const clusterer = new Clusterer(ctx.config.cluster);
  const clock = ctx.clock ?? (() => performance.now());
  articles.forEach((article, i) => {
    ctx.reporter.progress('cluster', i + 1, articles.length);
    const made = features?.[i];
    const f = made && made.id === article.id ? made : articleFeatures(article, ctx.config.cluster);
    const start = limit && clock();
    const placed = clusterer.place(f, limit && { over: () => limit.times.overWith(f.id, clock() - start!) });
    if (placed.cut) limit?.cut(article, placed.cut);
  });
  return clusterer.groups();
}) satisfies ClusterStage;

/** The per-document times an article's placement goes on from, and where a placement cut short is told. */
export interface ClusterLimit {
  times: DocumentTimes;
  cut(article: AnalyzedArticle, reason: string): void;
}
