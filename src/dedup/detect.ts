// The dedup stage over a set of articles: candidates, verification, relations, flags, origins.
import type { AnalyzedArticle } from '../types/article.js';
import type { Context, DedupStage, ReuseResult } from '../types/stages.js';
import { candidatePairs } from './candidates.js';
import { type Fingerprint, fingerprint } from './fingerprint/minhash.js';
import { judgePairs } from './judged.js';
import { originsFromRelations } from './origins.js';
import { viewOf } from './verify/view.js';

/** `made`: the articles' fingerprints when already made (on the worker threads), in the same order. */
export const detectReuse = ((
  articles: readonly AnalyzedArticle[],
  ctx: Context,
  made?: readonly Fingerprint[],
): ReuseResult => {
  const cfg = ctx.config.dedup;
  const views = articles.map(viewOf);
  const prints =
    views.length < cfg.exhaustiveBelow
      ? []
      : articles.map((a, i) => (made?.length === articles.length ? made[i]! : fingerprint(a.text)));
  const pairs = candidatePairs(views, prints, cfg).map(([i, j]) => [views[i]!, views[j]!] as const);
  ctx.reporter.progress('dedup', 0, pairs.length);
  const { relations, flags } = judgePairs(pairs, views, cfg);
  ctx.reporter.progress('dedup', pairs.length, pairs.length);
  const ids = articles.map((a) => a.id);
  return {
    relations,
    flags: new Map(ids.map((id) => [id, flags.get(id) ?? []])),
    origins: originsFromRelations(ids, relations),
  };
}) satisfies DedupStage;
