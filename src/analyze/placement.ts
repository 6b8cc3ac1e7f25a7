// The language stage, the clustering features (from the same wink reading), the fingerprint and the
// intrinsic spin of one article: what
// an article needs before it is placed in a story, all of it per article and pure, so it runs in
// the worker threads and only the ordered placement is left to the main thread.
import { articleFeatures } from '../cluster/features/index.js';
import type { ArticleFeatures } from '../cluster/features/types.js';
import { type Fingerprint, fingerprint } from '../dedup/fingerprint/minhash.js';
import { spinSignals } from '../dedup/judged.js';
import type { IntrinsicSpin } from '../dedup/spin/score.js';
import { readText } from '../nlp/index.js';
import type { AnalyzedArticle, CleanArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { analyzeReading } from './index.js';

export interface ReadyToPlace {
  article: AnalyzedArticle;
  features: ArticleFeatures;
  /** The MinHash fingerprint copies are looked up by. */
  print: Fingerprint;
  /** What the text shows of machine spinning on its own. */
  spin: IntrinsicSpin;
}

const warm = { reading: false, spin: false };
const SAMPLE = 'The minister said on Friday that the talks would resume in Geneva next week.';

/**
 * Builds what a stage loads once per thread (the wink model; with `spin`, the word lists of the
 * spin reading) on a short sample, so the per-document time limit charges no document for it.
 */
export function warmUp(spin: boolean): void {
  if (!warm.reading) readText(SAMPLE);
  warm.reading = true;
  if (spin && !warm.spin) spinSignals({ text: SAMPLE, language: 'en' });
  warm.spin ||= spin;
}

export function analyzeForPlacement(article: CleanArticle, ctx: Context): ReadyToPlace {
  const { article: analyzed, reading } = analyzeReading(article, ctx, readText);
  return {
    article: analyzed,
    features: articleFeatures(analyzed, ctx.config.cluster, reading),
    print: fingerprint(analyzed.text),
    spin: spinSignals({ text: analyzed.text, language: analyzed.language ?? null }),
  };
}
