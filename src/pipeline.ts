// The whole of newsfuse, top to bottom: ingest → clean → analyze → dedup → cluster → brief.
// Each stage is `(input, ctx) => output` and never mutates its input.
import { analyzeLanguage, linkStoryEntities } from './analyze/index.js';
import { analyzeForPlacement, type ReadyToPlace } from './analyze/placement.js';
import { brief } from './brief/index.js';
import { clean, refineCorpus } from './clean/index.js';
import { type ArticleFeatures, cluster } from './cluster/index.js';
import { detectReuse, type MadeForReuse } from './dedup/index.js';
import { ingest } from './ingest/index.js';
import { PARALLEL_THRESHOLD, WorkerPool } from './parallel/index.js';
import type { AnalyzedArticle, Article, CleanArticle, RawDocument } from './types/article.js';
import type { Context, Outcome, ReuseResult, StoryGroup } from './types/stages.js';
import { ANALYSIS_SCHEMA, type Analysis, type Story } from './types/story.js';
import type { BriefJob } from './workspace/brief-job.js';

export interface RunStats {
  read: number;
  articles: number;
  skipped: { input: string; reason: string }[];
  duplicatesInInput: number;
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
): Promise<{ articles: CleanArticle[]; stats: RunStats }> {
  const stats: RunStats = { read: 0, articles: 0, skipped: [], duplicatesInInput: 0 };
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
  for (const cleaned of await cleanAll([...docs.values()], ctx, pool)) {
    if (cleaned.status === 'rejected') skip(cleaned.input, cleaned.reason);
    else articles.push(cleaned.value);
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
  return perArticle<RawDocument, Outcome<CleanArticle>>('clean', docs, ctx, pool);
}

/** The language stage over many articles (in input order). */
export function analyzeAll(
  articles: readonly CleanArticle[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<AnalyzedArticle[]> {
  return perArticle<CleanArticle, AnalyzedArticle>('analyze', articles, ctx, pool);
}

/**
 * The language stage, each article's clustering features (from the same reading of its text) and
 * its fingerprint, in input order: what placing needs, made in the worker threads for big batches.
 */
export async function analyzeWithFeatures(
  articles: readonly CleanArticle[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<{ analyzed: AnalyzedArticle[] } & Required<Made>> {
  const ready = await perArticle<CleanArticle, ReadyToPlace>('analyze-features', articles, ctx, pool);
  return {
    analyzed: ready.map((r) => r.article),
    features: ready.map((r) => r.features),
    prints: ready.map((r) => r.print),
    spins: ready.map((r) => r.spin),
  };
}

/** Per-article work done with the language stage, in the articles' order (see `analyzeWithFeatures`). */
export type Made = MadeForReuse & { features?: readonly ArticleFeatures[] };

const STEPS = {
  clean: (item: RawDocument, ctx: Context) => clean(item, ctx),
  analyze: (item: CleanArticle, ctx: Context) => analyzeLanguage(item, ctx),
  'analyze-features': (item: CleanArticle, ctx: Context) => analyzeForPlacement(item, ctx),
};

/** A per-article stage on the worker pool for big batches, in-process otherwise; order is kept. */
async function perArticle<I, O>(
  task: keyof typeof STEPS,
  items: readonly I[],
  ctx: Context,
  pool?: WorkerPool,
): Promise<O[]> {
  const shown = task === 'analyze-features' ? 'analyze' : task;
  if (pool && items.length >= PARALLEL_THRESHOLD) {
    ctx.reporter.progress(shown, 0, items.length);
    const out = await pool.map<I, O>(task, items, ctx.config, ctx.now);
    ctx.reporter.progress(shown, items.length, items.length);
    return out;
  }
  const step = STEPS[task] as unknown as (item: I, ctx: Context) => O;
  return items.map((item, i) => {
    ctx.reporter.progress(shown, i + 1, items.length);
    return step(item, ctx);
  });
}

/**
 * From analysed articles to the contract's analysis: copies, stories, briefings. `made`: what
 * `analyzeWithFeatures` made of each article besides (features, fingerprints, spin), when at hand.
 */
export function synthesize(analyzed: readonly AnalyzedArticle[], ctx: Context, made: Made = {}): Analysis {
  // Copies first: the clusterer and the briefing both need to know which articles are independent.
  const reuse = detectReuse(analyzed, ctx, made);
  const groups = cluster(analyzed, ctx, made.features);
  const articles = analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] }));
  return {
    schema: ANALYSIS_SCHEMA,
    ...briefStories(groups, articles, reuse, ctx),
    relations: reuse.relations,
  };
}

/**
 * The briefing of each story. Entities are linked across a story's articles first (Sergei/Sergey
 * Lavrov, Nato/NATO), and each article's mentions are re-pointed at the story's entity ids.
 */
export function briefStories(
  groups: readonly StoryGroup[],
  articles: readonly Article[],
  reuse: ReuseResult,
  ctx: Context,
): { articles: Article[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = groups.map((group) => {
    const members = group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const linked = linkStoryEntities(members);
    const linkedArticles = linked.articles.map(
      (a): Article => ({ ...a, flags: byId.get(a.id)?.flags ?? [] }),
    );
    for (const a of linkedArticles) byId.set(a.id, a);
    return brief({ group, articles: linkedArticles, entities: linked.entities, reuse }, ctx);
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
): Promise<Analysis> {
  if (!pool || analyzed.length < PARALLEL_THRESHOLD) return synthesize(analyzed, ctx, made);
  const reuse = detectReuse(analyzed, ctx, made);
  const groups = cluster(analyzed, ctx, made.features);
  const articles = analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const jobs = groups.map((group): BriefJob => {
    const ids = new Set(group.articles);
    return {
      group,
      articles: group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
      relations: reuse.relations.filter((r) => ids.has(r.from) || ids.has(r.to)),
      origins: Object.fromEntries(group.articles.map((id) => [id, reuse.origins.get(id) ?? id])),
    };
  });
  const briefed = await pool.map<BriefJob, { story: Story; articles: Article[] }>(
    'brief-link',
    jobs,
    ctx.config,
    ctx.now,
  );
  for (const b of briefed) for (const a of b.articles) byId.set(a.id, a);
  return {
    schema: ANALYSIS_SCHEMA,
    articles: articles.map((a) => byId.get(a.id)!),
    stories: briefed.map((b) => b.story),
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
  const pool = ctx.config.runtime.workers > 1 ? new WorkerPool(ctx.config.runtime.workers) : undefined;
  try {
    const { articles, stats } = await cleanDocuments(source, ctx, pool);
    const { analyzed, ...made } = await analyzeWithFeatures(articles, ctx, pool);
    return { analysis: await synthesizeOn(analyzed, ctx, made, pool), stats };
  } finally {
    await pool?.close();
  }
}
