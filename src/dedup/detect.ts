// The dedup stage over a set of articles: candidates, verification, relations, flags, origins.
import type { DocumentTimes } from '../ingest/deadline.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context, DedupStage, ReuseResult } from '../types/stages.js';
import { candidatePairs } from './candidates.js';
import { type Fingerprint, fingerprint } from './fingerprint/minhash.js';
import { pairBudget } from './incremental.js';
import { judgePairs } from './judged.js';
import { originsFromRelations } from './origins.js';
import type { IntrinsicSpin } from './spin/score.js';
import { viewOf } from './verify/view.js';

/** Per-article work already done (on the worker threads), in the articles' order. */
export interface MadeForReuse {
  prints?: readonly Fingerprint[];
  spins?: readonly IntrinsicSpin[];
}

/**
 * With `times` (the batch's per-document times, see DocumentTimes), each pair's verification is
 * charged to its articles as in a workspace (see pairBudget): one over its limit gets no more pairs
 * verified, is in `over` with the reason, and is left out of the relations, flags and origins.
 */
export const detectReuse = ((
  articles: readonly AnalyzedArticle[],
  ctx: Context,
  made: MadeForReuse = {},
  times?: DocumentTimes,
): ReuseResult & { over: Map<string, string> } => {
  const cfg = ctx.config.dedup;
  const views = articles.map(viewOf);
  const whole = <T>(list: readonly T[] | undefined) => (list?.length === articles.length ? list : undefined);
  const prints =
    views.length < cfg.exhaustiveBelow
      ? []
      : (whole(made.prints) ?? articles.map((a) => fingerprint(a.text)));
  const spins = whole(made.spins);
  const spin = new Map(spins ? articles.map((a, i) => [a.id, spins[i]!] as const) : []);
  const pairs = candidatePairs(views, prints, cfg).map(([i, j]) => [views[i]!, views[j]!] as const);
  ctx.reporter.progress('dedup', 0, pairs.length);
  const over = new Map<string, string>();
  const budget = times && pairBudget(times, new Set(articles.map((a) => a.id)), pairs.length, ctx, over);
  const { relations, flags } = judgePairs(pairs, views, cfg, spin, budget);
  ctx.reporter.progress('dedup', pairs.length, pairs.length);
  const ids = articles.map((a) => a.id).filter((id) => !over.has(id));
  return {
    relations,
    flags: new Map(ids.map((id) => [id, flags.get(id) ?? []])),
    origins: originsFromRelations(ids, relations),
    over,
  };
}) satisfies DedupStage;
