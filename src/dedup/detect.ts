// The dedup stage over a set of articles: candidates, verification, relations, flags, origins.
import type { DocumentTimes } from '../ingest/deadline.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context, DedupStage, ReuseResult } from '../types/stages.js';
import { CandidateFinder } from './candidates.js';
import type { Fingerprint } from './fingerprint/minhash.js';
import { pairBudget } from './incremental.js';
import { PairJudge } from './judged.js';
import { originsFromRelations } from './origins.js';
import { BoundedMemo } from './spin/memo.js';
import type { IntrinsicSpin } from './spin/score.js';
import { type ArticleView, viewOf } from './verify/view.js';

/** Per-article work already done (on the worker threads), in the articles' order. */
export interface MadeForReuse {
  prints?: readonly Fingerprint[];
  spins?: readonly IntrinsicSpin[];
}

/** The dedup stage's result: with `over`, the articles left out for time, with the reason. */
export type DetectedReuse = ReuseResult & { over: Map<string, string> };

/**
 * How many articles' views (their words, and what the verifier derived from them) a stream keeps:
 * an earlier article paired with a new one is mostly a recent one (a story's reports come
 * together), and a view let go is made again, the same, from its article when it is needed.
 */
const KEPT_VIEWS = 256;

/**
 * The dedup stage over a set that arrives one article at a time, in order (the language stage's
 * results as its threads hand them back): each article's pairs with the earlier ones are found and
 * judged as it comes, and `finish` gives what `detectReuse` gives for the whole set. `expected`: how
 * many articles the set will have, which decides between the exhaustive and the LSH candidates (if
 * fewer come and that changes the choice, `finish` works the set out again whole).
 *
 * With `times` (the set's per-document times, see DocumentTimes), each pair's verification is
 * charged to its articles as in a workspace (see pairBudget): one over its limit gets no more pairs
 * verified, is in `over` with the reason, and is left out of the relations, flags and origins.
 */
export class ReuseStream {
  readonly #articles: AnalyzedArticle[] = [];
  /** Views by arrival index, the ones lately used only (see KEPT_VIEWS). */
  readonly #views = new BoundedMemo<number, ArticleView>(KEPT_VIEWS);
  readonly #ids = new Set<string>();
  readonly #spin = new Map<string, IntrinsicSpin>();
  readonly #over = new Map<string, string>();
  readonly #finder: CandidateFinder;
  readonly #judge: PairJudge;

  constructor(
    private readonly ctx: Context,
    expected: number,
    private readonly times?: DocumentTimes,
  ) {
    const cfg = ctx.config.dedup;
    this.#finder = new CandidateFinder(expected < cfg.exhaustiveBelow, cfg);
    const budget = times && pairBudget(times, this.#ids, null, ctx, this.#over);
    this.#judge = new PairJudge(cfg, this.#spin, budget);
  }

  /** The next article, with its fingerprint and intrinsic spin when they were made already. */
  add(article: AnalyzedArticle, print?: Fingerprint, spin?: IntrinsicSpin): void {
    const view = viewOf(article);
    const j = this.#articles.length;
    this.#articles.push(article);
    this.#views.set(j, view);
    this.#ids.add(article.id);
    if (spin) this.#spin.set(article.id, spin);
    this.#judge.flag(view);
    for (const i of this.#finder.next(view, print)) this.#judge.judge(this.#view(i), view, [i, j]);
  }

  #view(i: number): ArticleView {
    const kept = this.#views.get(i);
    if (kept) return kept;
    const view = viewOf(this.#articles[i]!);
    this.#views.set(i, view);
    return view;
  }

  /** The reason the article is left out for time, if it is so far. */
  over(id: string): string | undefined {
    return this.#over.get(id);
  }

  finish(): DetectedReuse {
    const articles = this.#articles;
    if (this.#finder.exhaustive !== articles.length < this.ctx.config.dedup.exhaustiveBelow)
      return detectReuse(articles, this.ctx, {}, this.times);
    const { relations, flags } = this.#judge.result(articles);
    const ids = articles.map((a) => a.id).filter((id) => !this.#over.has(id));
    return {
      relations,
      flags: new Map(ids.map((id) => [id, flags.get(id) ?? []])),
      origins: originsFromRelations(ids, relations),
      over: this.#over,
    };
  }
}

/** The dedup stage over a whole set (see ReuseStream); `made`: fingerprints and spin made already. */
export const detectReuse = ((
  articles: readonly AnalyzedArticle[],
  ctx: Context,
  made: MadeForReuse = {},
  times?: DocumentTimes,
): DetectedReuse => {
  const whole = <T>(list: readonly T[] | undefined) => (list?.length === articles.length ? list : undefined);
  const [prints, spins] = [whole(made.prints), whole(made.spins)];
  const stream = new ReuseStream(ctx, articles.length, times);
  ctx.reporter.progress('dedup', 0, articles.length);
  articles.forEach((a, i) => {
    stream.add(a, prints?.[i], spins?.[i]);
    ctx.reporter.progress('dedup', i + 1, articles.length);
  });
  return stream.finish();
}) satisfies DedupStage;
