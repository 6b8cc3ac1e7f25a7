// The cluster stage: articles in arrival order → stories, each holding its events. The batch
// stage is the online engine fed one article at a time, so a batch equals the same stream.
import type { AnalyzedArticle } from '../types/article.js';
import type { ClusterStage, Context, StoryGroup } from '../types/stages.js';
import { Clusterer } from './engine/clusterer.js';
import type { ArticleFeatures } from './features/index.js';

export type { ClusterConfig } from './config.js';
export { clusterConfig } from './config.js';
export { Clusterer, type Placement } from './engine/clusterer.js';
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

/** `features`, when given, are the articles' features made earlier (in the same order). */
export const cluster = ((
  articles: readonly AnalyzedArticle[],
  ctx: Context,
  features?: readonly ArticleFeatures[],
): StoryGroup[] => {
  const clusterer = new Clusterer(ctx.config.cluster);
  articles.forEach((article, i) => {
    const made = features?.[i];
    if (made && made.id === article.id) clusterer.place(made);
    else clusterer.add(article);
    ctx.reporter.progress('cluster', i + 1, articles.length);
  });
  return clusterer.groups();
}) satisfies ClusterStage;
