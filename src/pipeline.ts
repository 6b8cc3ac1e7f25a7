// The whole of newsfuse, top to bottom: ingest → clean → analyze → dedup → cluster → brief.
// Each stage is `(input, ctx) => output` and never mutates its input.
import { analyzeLanguage, linkStoryEntities } from './analyze/index.js';
import { analyzeForPlacement, type ReadyToPlace, warmUp } from './analyze/placement.js';
import { brief } from './brief/index.js';
import { clean, refineCorpus } from './clean/index.js';
import { type ArticleFeatures, articleFeatures, Clusterer, cluster } from './cluster/index.js';
import {
  type DetectedReuse,
  type Fingerprint,
  type IntrinsicSpin,
  type MadeForReuse,
  ReuseStream,
} from './dedup/index.js';
import { DocumentTimes, ingest, WorkClock } from './ingest/index.js';
import { PARALLEL_THRESHOLD, type Timed, WorkerPool } from './parallel/index.js';
import type { AnalyzedArticle, Article, CleanArticle, RawDocument } from './types/article.js';
import type { Context, Outcome, ReuseResult, StoryGroup } from './types/stages.js';
import { ANALYSIS_SCHEMA, type Analysis, type Story } from './types/story.js';
import { type BriefJob, type Relinked, relink } from './workspace/brief-job.js';

export interface RunStats {
  read: number;
  articles: number;
  skipped: { input: string; reason: string }[];
  duplicatesInInput: number;
  /**
   * Kept in a reduced form for lack of time (see SynthesisLimit): articles placed as their own story
   * or without their story's checks, by input, and stories briefed without some parts, as `story <id>`.
   */
  cut: { input: string; reason: string }[];
}

/** Reads the inputs and cleans every document; skipped ones are reported by name and counted. */
export function readArticles(
  inputs: readonly string[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<{ articles: CleanArticle[]; stats: RunStats }> {
  return cleanDocuments(ingest(inputs, ctx), ctx, pool);
}

/** Cleans documents from any source (the ingest stage, an API request); exact repeats merged. */
export async function cleanDocuments(
  source: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  ctx: Context,
  pool?: WorkerPool,
  times?: DocumentTimes,
): Promise<{ articles: CleanArticle[]; stats: RunStats }> {
  const stats: RunStats = { read: 0, articles: 0, skipped: [], duplicatesInInput: 0, cut: [] };
  const skip = (input: string, reason: string) => {
    stats.skipped.push({ input, reason });
    ctx.reporter.skipped(input, reason);
  };
  const docs = new Map<string, RawDocument>();
  for await (const outcome of source) {
    stats.read++;
    ctx.reporter.progress('read', stats.read, null);
    if (outcome.status === 'rejected') skip(outcome.input, outcome.reason);
    // The same bytes given twice are one article (ids are content hashes).
    else if (docs.has(outcome.value.id)) stats.duplicatesInInput++;
    else docs.set(outcome.value.id, outcome.value);
  }
  const articles: CleanArticle[] = [];
  const cleaned = await perArticleTimed<RawDocument, Outcome<CleanArticle>>(
    'clean',
    [...docs.values()],
    ctx,
    pool,
  );
  for (const { value: outcome, ms } of cleaned) {
    if (outcome.status === 'rejected') skip(outcome.input, outcome.reason);
    else
      articles.push(...withinTime([{ value: outcome.value, ms }], [outcome.value], times, 'cleaning', skip));
  }
  // Boilerplate shows itself by repetition across a corpus (an outlet's footer on every page).
  const refined = refineCorpus(articles, ctx);
  stats.articles = refined.length;
  return { articles: refined, stats };
}

/** The clean stage over many documents (in input order). */
export function cleanAll(
  docs: readonly RawDocument[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<Outcome<CleanArticle>[]> {
  return untimed(perArticleTimed<RawDocument, Outcome<CleanArticle>>('clean', docs, ctx, pool));
}

/** The language stage over many articles (in input order). */
export function analyzeAll(
  articles: readonly CleanArticle[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<AnalyzedArticle[]> {
  return untimed(perArticleTimed<CleanArticle, AnalyzedArticle>('analyze', articles, ctx, pool));
}

/**
 * The language stage, each article's clustering features (from the same reading of its text),
 * its fingerprint and intrinsic spin, in input order: what placing needs, made in the worker
 * threads for big batches.
 */
export async function analyzeWithFeatures(
  articles: readonly CleanArticle[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<{ analyzed: AnalyzedArticle[] } & Required<Made>> {
  return splitReady(
    await untimed(perArticleTimed<CleanArticle, ReadyToPlace>('analyze-features', articles, ctx, pool)),
  );
}

/** Per-article work done with the language stage, in the articles' order (see `analyzeWithFeatures`). */
export type Made = MadeForReuse & { features?: readonly ArticleFeatures[] };

/** The analysed articles and, in the same order, what was made with them. */
export function splitReady(ready: readonly ReadyToPlace[]): { analyzed: AnalyzedArticle[] } & Required<Made> {
  return {
    analyzed: ready.map((r) => r.article),
    features: ready.map((r) => r.features),
    prints: ready.map((r) => r.print),
    spins: ready.map((r) => r.spin),
  };
}

const untimed = async <O>(timed: Promise<Timed<O>[]>): Promise<O[]> => (await timed).map((t) => t.value);

const STAGES = {
  clean: (doc: RawDocument, ctx: Context) => clean(doc, ctx),
  analyze: (article: CleanArticle, ctx: Context) => analyzeLanguage(article, ctx),
  'analyze-features': (article: CleanArticle, ctx: Context) => analyzeForPlacement(article, ctx),
  features: (article: AnalyzedArticle, ctx: Context) => articleFeatures(article, ctx.config.cluster),
};
type PerArticleTask = keyof typeof STAGES;

/**
 * A per-article stage on the worker pool for big batches, in-process otherwise; order is kept. Each
 * result comes with the milliseconds its document took (two clock readings per document), so the
 * per-document time limit can bound every stage.
 */
export async function perArticleTimed<I, O>(
  task: PerArticleTask,
  items: readonly I[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<Timed<O>[]> {
  const shown = task === 'analyze-features' ? 'analyze' : task;
  if (pool && items.length >= PARALLEL_THRESHOLD) {
    ctx.reporter.progress(shown, 0, items.length);
    const out = await pool.mapTimed<I, O>(task, items, ctx.config, ctx.now);
    ctx.reporter.progress(shown, items.length, items.length);
    return out;
  }
  const run = STAGES[task] as unknown as (item: I, ctx: Context) => O;
  if (task === 'analyze' || task === 'analyze-features') warmUp(task === 'analyze-features');
  const clock = ctx.clock ?? (() => performance.now());
  return items.map((item, i) => {
    ctx.reporter.progress(shown, i + 1, items.length);
    const start = clock();
    const value = run(item, ctx);
    return { value, ms: clock() - start };
  });
}

/** Reports a refused document by name and reason. */
export type Skip = (input: string, reason: string) => void;

/** The results whose documents (`docs[i]` made `results[i]`) are still within the time limit after `stage`. */
export function withinTime<T>(
  results: readonly Timed<T>[],
  docs: readonly { id: string; input: string }[],
  times: DocumentTimes | undefined,
  stage: string,
  skip: Skip,
): T[] {
  return results.flatMap(({ value, ms }, i) => {
    const doc = docs[i]!;
    const over = times?.charge(doc.id, ms, stage);
    if (!over) return [value];
    skip(doc.input, over);
    return [];
  });
}

/**
 * From analysed articles to the contract's analysis: copies, stories, briefings. `made`: what
 * `analyzeWithFeatures` made of each article besides (features, fingerprints, spin), when at hand.
 */
export function synthesize(
  analyzed: readonly AnalyzedArticle[],
  ctx: Context,
  made: Made = {},
  limit?: SynthesisLimit,
): Analysis {
  const { reuse, groups, articles } = copiesAndStories(analyzed, ctx, made, limit);
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    ...briefStories(groups, articles, reuse, ctx, limit?.times.limitMs),
    relations: reuse.relations,
  };
  if (limit) reportIncomplete(analysis.stories, limit.cut);
  return analysis;
}

/**
 * The per-document time limit past language analysis: the copy check charges each pair to its
 * articles, and one over its limit there is skipped (see detectReuse); each article's placement
 * goes on from the time it has used (`times`), and each story's briefing gets the same limit from its start. What
 * runs out of time is kept in a reduced form and told to `cut` by name (an article by its input, a
 * story as `story <id>`), with what was done instead and why: an article placed as its own story or
 * without its story's checks (see PlaceLimit), a briefing without its last parts (see briefStory).
 */
export interface SynthesisLimit {
  times: DocumentTimes;
  cut: Skip;
  /** An article over its limit in the copy check: left out of the analysis, told here by input. */
  skip: Skip;
}

/** Tells each briefing that ran out of time, by its story's id. */
export function reportIncomplete(stories: readonly Story[], cut: Skip): void {
  for (const s of stories)
    if (s.incomplete)
      cut(`story ${s.id}`, `briefed without ${s.incomplete.missing.join(', ')}: ${s.incomplete.reason}`);
}

/**
 * Copies and stories over articles that arrive one at a time, in order: each article's copy check
 * against the earlier ones (see ReuseStream), then its placement. Copies come first because the
 * clusterer and the briefing both need to know which articles are independent; an article over its
 * time limit in the copy check is skipped, and nothing placed or briefed refers to it (one that
 * passes its limit after it was placed, on a later pair, has the stories worked out again without
 * it). `add` takes what the worker threads made of the article (features, fingerprint, spin), when
 * they made it.
 */
class CopiesAndStories {
  readonly #batch: AnalyzedArticle[] = [];
  readonly #reuse: ReuseStream;
  readonly #clusterer: Clusterer;
  readonly #clock: () => number;
  /** Articles not placed because they were over their limit when they came. */
  #unplaced = 0;

  constructor(
    private readonly ctx: Context,
    private readonly expected: number,
    private readonly limit: SynthesisLimit | undefined,
  ) {
    this.#reuse = new ReuseStream(ctx, expected, limit?.times);
    this.#clusterer = new Clusterer(ctx.config.cluster);
    this.#clock = ctx.clock ?? (() => performance.now());
  }

  add(
    article: AnalyzedArticle,
    made: { features?: ArticleFeatures; print?: Fingerprint; spin?: IntrinsicSpin },
  ): void {
    const { ctx, limit } = this;
    this.#reuse.add(article, made.print, made.spin);
    this.#batch.push(article);
    ctx.reporter.progress('cluster', this.#batch.length, this.expected);
    if (this.#reuse.over(article.id) !== undefined) {
      this.#unplaced++;
      return;
    }
    // Made here only when the threads did not (a small batch): an article left unplaced needs none.
    const f = made.features?.id === article.id ? made.features : articleFeatures(article, ctx.config.cluster);
    const start = limit && this.#clock();
    const placed = this.#clusterer.place(
      f,
      limit && { over: () => limit.times.overWith(f.id, this.#clock() - start!) },
    );
    if (placed.cut) limit?.cut(article.input, placed.cut);
  }

  finish(): { reuse: DetectedReuse; groups: StoryGroup[]; articles: Article[] } {
    const { ctx, limit } = this;
    const reuse = this.#reuse.finish();
    let analyzed: readonly AnalyzedArticle[] = this.#batch;
    let groups: StoryGroup[] | undefined;
    if (reuse.over.size) {
      for (const a of analyzed) {
        const reason = reuse.over.get(a.id);
        if (reason !== undefined) limit?.skip(a.input, reason);
      }
      const kept = (_: unknown, i: number) => !reuse.over.has(this.#batch[i]!.id);
      analyzed = analyzed.filter(kept);
      // More are over than were left unplaced: some went over after they were placed.
      if (reuse.over.size > this.#unplaced)
        // The features are made again from the articles (the same reading gives the same features):
        // keeping every article's whole feature vector for this rare case would hold them all.
        groups = cluster(
          analyzed,
          ctx,
          undefined,
          limit && { times: limit.times, cut: (a, reason) => limit.cut(a.input, reason) },
        );
    }
    groups ??= this.#clusterer.groups();
    const articles = analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] }));
    return { reuse, groups, articles };
  }
}

/** Copies first, then stories, over a whole batch (see CopiesAndStories). */
function copiesAndStories(
  batch: readonly AnalyzedArticle[],
  ctx: Context,
  made: Made,
  limit: SynthesisLimit | undefined,
) {
  const whole = <T>(list: readonly T[] | undefined) => (list?.length === batch.length ? list : undefined);
  const [prints, spins] = [whole(made.prints), whole(made.spins)];
  const placing = new CopiesAndStories(ctx, batch.length, limit);
  batch.forEach((a, i) => {
    placing.add(a, { features: made.features?.[i], print: prints?.[i], spin: spins?.[i] });
  });
  return placing.finish();
}

/**
 * The briefing of each story. Entities are linked across a story's articles first (Sergei/Sergey
 * Lavrov, Nato/NATO), and each article's mentions are re-pointed at the story's entity ids. With
 * `limitMs`, each story's briefing (its linking included) is bounded by it (see briefStory).
 */
export function briefStories(
  groups: readonly StoryGroup[],
  articles: readonly Article[],
  reuse: ReuseResult,
  ctx: Context,
  limitMs?: number,
): { articles: Article[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = groups.map((group, i) => {
    ctx.reporter.progress('brief', i + 1, groups.length);
    const limit = limitMs === undefined ? undefined : new WorkClock(limitMs, ctx.clock);
    const members = group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const linked = linkStoryEntities(members);
    const linkedArticles = linked.articles.map(
      (a): Article => ({ ...a, flags: byId.get(a.id)?.flags ?? [] }),
    );
    for (const a of linkedArticles) byId.set(a.id, a);
    return brief({ group, articles: linkedArticles, entities: linked.entities, reuse }, ctx, limit);
  });
  return { articles: articles.map((a) => byId.get(a.id)!), stories };
}

/**
 * `synthesize` with the briefings made on the worker pool (stories are independent once placed),
 * for big batches; copies and placement, which depend on order, stay here. Same output.
 */
export async function synthesizeOn(
  analyzed: readonly AnalyzedArticle[],
  ctx: Context,
  made: Made,
  pool: WorkerPool | undefined,
  limit?: SynthesisLimit,
): Promise<Analysis> {
  if (!pool || analyzed.length < PARALLEL_THRESHOLD) return synthesize(analyzed, ctx, made, limit);
  // The per-article stages' threads hold what briefing never uses (WordNet's tables, the spin
  // reading's word lists, the garbage of a whole batch's reading): they end here, and briefing
  // starts threads of its own, so that copies and placement (on this thread) run beside no idle ones.
  await pool.close();
  return briefOn(copiesAndStories(analyzed, ctx, made, limit), ctx, pool, limit);
}

/**
 * The language stage and all that follows, for articles already clean: `synthesize` after the
 * language stage, with the same output. On the worker pool (big batches), copies and placement
 * run on this thread as the language stage's results come back, in order, while the threads read
 * the rest; the briefings are then made on the pool. With `limit`, an article over its time after
 * the language stage is skipped (told to `limit.skip`), as one over it in the copy check is.
 */
export async function analyzeAndSynthesize(
  articles: readonly CleanArticle[],
  ctx: Context,
  pool: WorkerPool | undefined,
  limit?: SynthesisLimit,
): Promise<Analysis> {
  const skip: Skip = limit?.skip ?? (() => {});
  if (!pool || articles.length < PARALLEL_THRESHOLD) {
    const timed = await perArticleTimed<CleanArticle, ReadyToPlace>('analyze-features', articles, ctx, pool);
    const { analyzed, ...made } = splitReady(
      withinTime(timed, articles, limit?.times, 'language analysis', skip),
    );
    return synthesizeOn(analyzed, ctx, made, pool, limit);
  }
  const placing = new CopiesAndStories(ctx, articles.length, limit);
  ctx.reporter.progress('analyze', 0, articles.length);
  await pool.eachTimed<CleanArticle, ReadyToPlace>(
    'analyze-features',
    articles,
    ctx.config,
    ctx.now,
    ({ value, ms }, i) => {
      ctx.reporter.progress('analyze', i + 1, articles.length);
      const [kept] = withinTime([{ value, ms }], [articles[i]!], limit?.times, 'language analysis', skip);
      if (kept) placing.add(kept.article, kept);
    },
  );
  // The language stage's threads are done (see synthesizeOn); briefing starts its own.
  await pool.close();
  return briefOn(placing.finish(), ctx, pool, limit);
}

/** The briefings of placed stories, made on the worker pool, and the analysis they complete. */
async function briefOn(
  placed: { reuse: DetectedReuse; groups: readonly StoryGroup[]; articles: readonly Article[] },
  ctx: Context,
  pool: WorkerPool,
  limit: SynthesisLimit | undefined,
): Promise<Analysis> {
  const { reuse, groups, articles } = placed;
  ctx.reporter.progress('brief', 0, groups.length);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Each story's relations (either end among its articles), in batch order, found by article.
  const touching = new Map<string, number[]>();
  reuse.relations.forEach((r, i) => {
    for (const end of new Set([r.from, r.to])) {
      const list = touching.get(end);
      if (list) list.push(i);
      else touching.set(end, [i]);
    }
  });
  const jobs = groups.map((group): BriefJob => {
    const at = new Set(group.articles.flatMap((id) => touching.get(id) ?? []));
    return {
      group,
      articles: group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
      relations: [...at].sort((x, y) => x - y).map((i) => reuse.relations[i]!),
      origins: Object.fromEntries(group.articles.map((id) => [id, reuse.origins.get(id) ?? id])),
      ...(limit ? { limitMs: limit.times.limitMs } : {}),
    };
  });
  const briefed = await pool.map<BriefJob, { story: Story; articles: Relinked[] }>(
    'brief-link',
    jobs,
    ctx.config,
    ctx.now,
  );
  for (const b of briefed) for (const a of b.articles) byId.set(a.id, relink(byId.get(a.id)!, a));
  const stories = briefed.map((b) => b.story);
  if (limit) reportIncomplete(stories, limit.cut);
  return {
    schema: ANALYSIS_SCHEMA,
    articles: articles.map((a) => byId.get(a.id)!),
    stories,
    relations: reuse.relations,
  };
}

/** The whole pipeline on inputs: `import { analyze } from 'newsfuse'`. */
export function runPipeline(
  inputs: readonly string[],
  ctx: Context,
): Promise<{ analysis: Analysis; stats: RunStats }> {
  return runOnDocuments(ingest(inputs, ctx), ctx);
}

/** The whole pipeline on documents from any source (the ingest stage, an API request). */
export async function runOnDocuments(
  source: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  ctx: Context,
): Promise<{ analysis: Analysis; stats: RunStats }> {
  const pool = WorkerPool.forRuntime(ctx.config.runtime);
  try {
    // One time limit per document over cleaning, language analysis and placement (see DocumentTimes),
    // and the same limit per story over its briefing.
    const times = new DocumentTimes(ctx.config.ingest.timeoutMs);
    const { articles, stats } = await cleanDocuments(source, ctx, pool, times);
    const cut: Skip = (input, reason) => {
      stats.cut.push({ input, reason });
      ctx.reporter.warn(`${input}: ${reason}`);
    };
    // Over the limit in language analysis or in the copy check: skipped, by name.
    const skip: Skip = (input, reason) => {
      stats.skipped.push({ input, reason });
      stats.articles--;
      ctx.reporter.skipped(input, reason);
    };
    return { analysis: await analyzeAndSynthesize(articles, ctx, pool, { times, cut, skip }), stats };
  } finally {
    await pool?.close();
  }
}
