// The language stage and the clustering features of one article from a single wink reading: what
// an article needs before it is placed in a story, all of it per article and pure, so it runs in
// the worker threads and only the ordered placement is left to the main thread.
import { articleFeatures } from '../cluster/features/index.js';
import type { ArticleFeatures } from '../cluster/features/types.js';
import { readText } from '../nlp/index.js';
import type { AnalyzedArticle, CleanArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { analyzeReading } from './index.js';

export interface ReadyToPlace {
  article: AnalyzedArticle;
  features: ArticleFeatures;
}

export function analyzeForPlacement(article: CleanArticle, ctx: Context): ReadyToPlace {
  const { article: analyzed, reading } = analyzeReading(article, ctx, readText);
  return { article: analyzed, features: articleFeatures(analyzed, ctx.config.cluster, reading) };
}
