// Adding to a workspace: documents are cleaned and analysed (on worker threads for big batches),
// checked for copies against what is stored (by fingerprint lookup), placed into the stories (a
// window of the clusterer loaded from rows), and each story they changed is briefed again; all of
// it is written as one atomic batch per chunk.

import type { ReadyToPlace } from '../analyze/placement.js';
import { refineCorpus } from '../clean/index.js';
import type { ArticleFeatures } from '../cluster/index.js';
import {
  detectReuseIncremental,
  type Fingerprint,
  type IntrinsicSpin,
  originsFromRelations,
  spinStamp,
} from '../dedup/index.js';
import { DocumentTimes, ingest } from '../ingest/index.js';
import { PARALLEL_THRESHOLD, WorkerPool } from '../parallel/index.js';
import { perArticleTimed, type Skip, withinTime } from '../pipeline.js';
import type { AnalyzedArticle, Article, CleanArticle, RawDocument } from '../types/article.js';
import type { Context, Outcome, StoryGroup } from '../types/stages.js';
import type { StoryRecord, Workspace } from '../types/store.js';
import type { Relation, Story } from '../types/story.js';
import { type BriefJob, briefJob } from './brief-job.js';
import { storyRecord } from './records.js';
import { nextTry, pause, type Tries } from './retry.js';
import { LEGACY_STATE } from './upgrade.js';
import {
  CLUSTER_META,
  CLUSTER_VERSION,
  changeRows,
  type Held,
  loadTerms,
  loadWindow,
  RELOAD_AFTER,
} from './window.js';

export interface IngestSummary {
  read: number;
  added: number;
  alreadyStored: number;
  skipped: { input: string; reason: string }[];
  /**
   * Added, but in a reduced form for lack of time (see BatchLimit): articles placed as their own
   * story or without their story's checks, by input, and stories briefed without some parts, as
   * `story <id>`; each with what was done instead and why.
   */
  cut: { input: string; reason: string }[];
  stories: number;
  /** Ids of the articles read in this run, new or already stored. */
  articleIds: string[];
  /** Milliseconds spent per stage (wall time), for progress logs and benchmarks. */
  timings: Record<Stage, number>;
}

export type Stage = 'clean' | 'analyze' | 'copies' | 'placement' | 'briefs' | 'commit';

/** Runs `fn`, adding its wall time to `stage`. */
async function timed<T>(
  summary: { timings: Record<Stage, number> },
  stage: Stage,
  fn: () => Promise<T> | T,
): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    summary.timings[stage] += performance.now() - t;
  }
}

/** Adds the inputs to the workspace, one atomic batch per `chunk` documents. */
export function ingestIntoWorkspace(
  inputs: readonly string[],
  ws: Workspace,
  ctx: Context,
  opts: { chunk?: number } = {},
): Promise<IngestSummary> {
  return addDocuments(ingest(inputs, ctx), ws, ctx, opts);
}

/** Adds documents from any source (the ingest stage, an API request) to the workspace. */
export async function addDocuments(
  source: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  ws: Workspace,
  ctx: Context,
  opts: { chunk?: number } = {},
): Promise<IngestSummary> {
  const chunkSize = opts.chunk ?? 500;
  const summary: IngestSummary = {
    read: 0,
    added: 0,
    alreadyStored: 0,
    skipped: [],
    cut: [],
    stories: 0,
    articleIds: [],
    timings: { clean: 0, analyze: 0, copies: 0, placement: 0, briefs: 0, commit: 0 },
  };
  const held = await loadWindow(ws, ctx.config.cluster);
  const pool = WorkerPool.forRuntime(ctx.config.runtime);
  try {
    if (held.legacy) await placeAndCommit([], [], ws, held, ctx, pool, summary);
    for await (const chunk of chunks(source, ctx, summary, chunkSize))
      await addChunk(chunk, ws, held, ctx, summary, pool);
  } finally {
    await pool?.close();
  }
  summary.stories = (await ws.stats()).stories;
  return summary;
}

/** The inputs' documents in chunks, each new id once; rejections are reported and counted. */
async function* chunks(
  source: AsyncIterable<Outcome<RawDocument>> | Iterable<Outcome<RawDocument>>,
  ctx: Context,
  summary: IngestSummary,
  size: number,
) {
  const seen = new Set<string>();
  let pending: RawDocument[] = [];
  for await (const outcome of source) {
    summary.read++;
    if (outcome.status === 'rejected') {
      summary.skipped.push({ input: outcome.input, reason: outcome.reason });
      ctx.reporter.skipped(outcome.input, outcome.reason);
      continue;
    }
    if (seen.has(outcome.value.id)) continue;
    seen.add(outcome.value.id);
    summary.articleIds.push(outcome.value.id);
    pending.push(outcome.value);
    if (pending.length >= size) {
      yield pending;
      pending = [];
    }
  }
  if (pending.length) yield pending;
}

async function addChunk(
  docs: RawDocument[],
  ws: Workspace,
  held: Held,
  ctx: Context,
  summary: IngestSummary,
  pool: WorkerPool | undefined,
) {
  if (!docs.length) return;
  // Re-ingesting the same bytes changes nothing: stored ids are skipped before any work.
  const stored = await ws.hasArticles(docs.map((d) => d.id));
  summary.alreadyStored += stored.size;
  const fresh = docs.filter((d) => !stored.has(d.id));
  const times = new DocumentTimes(ctx.config.ingest.timeoutMs);
  const skip = skipper(ctx, summary);
  const cleaned: CleanArticle[] = [];
  const cleanedTimed = await timed(summary, 'clean', () =>
    perArticleTimed<RawDocument, Outcome<CleanArticle>>('clean', fresh, ctx, pool),
  );
  for (const { value: outcome, ms } of cleanedTimed) {
    if (outcome.status === 'rejected') skip(outcome.input, outcome.reason);
    else
      cleaned.push(...withinTime([{ value: outcome.value, ms }], [outcome.value], times, 'cleaning', skip));
  }
  if (!cleaned.length) return;
  const refined = refineCorpus(cleaned, ctx);
  // The language stage makes each article's features, fingerprint and spin from the same reading.
  const analyzedTimed = await timed(summary, 'analyze', () =>
    perArticleTimed<CleanArticle, ReadyToPlace>('analyze-features', refined, ctx, pool),
  );
  const ready = withinTime(analyzedTimed, refined, times, 'language analysis', skip);
  if (!ready.length) return;
  await placeAnalyzed(
    ready.map((r) => r.article),
    ws,
    held,
    ctx,
    pool,
    summary,
    {
      features: new Map(ready.map((r) => [r.article.id, r.features])),
      prints: new Map(ready.map((r) => [r.article.id, r.print])),
      spins: new Map(ready.map((r) => [r.article.id, r.spin])),
    },
    { times, skip, cut: cutter(ctx, summary) },
  );
}

/**
 * The batch's per-document times, for the copy check to go on charging and placement to go on
 * from (see DocumentTimes); an article over its limit in the copy check is skipped with `skip` and
 * left out of the batch. One that runs out of time in placement is placed all the same, as its
 * own story or without its story's checks (see PlaceLimit), and each story's briefing gets the same
 * limit from its start, its parts not made in time left out (see briefStory): both are told to
 * `cut`, by the article's input or as `story <id>`, once the batch is committed.
 */
export interface BatchLimit {
  times: DocumentTimes;
  skip: Skip;
  cut: Skip;
}

/** Reports what was kept in a reduced form for lack of time, and lists it when there is a summary. */
export const cutter =
  (ctx: Context, summary: Partial<Pick<IngestSummary, 'cut'>>): Skip =>
  (input, reason) => {
    summary.cut?.push({ input, reason });
    ctx.reporter.warn(`${input}: ${reason}`);
  };

/** Reports a refused document by name and reason, and counts it when there is a summary to count in. */
const skipper =
  (ctx: Context, summary: Partial<Pick<IngestSummary, 'skipped'>>): Skip =>
  (input, reason) => {
    summary.skipped?.push({ input, reason });
    ctx.reporter.skipped(input, reason);
  };

/**
 * Places analysed articles and commits them with what they changed: the one path every writer
 * takes (an `ingest`, and the queue's placement consumer). The costly work before it is done once;
 * placing and writing are tried again (see retry.ts) while another writer (a second process on the
 * same workspace) commits first, or after a server workspace lost its connection: the window is
 * read again each time, and articles stored meanwhile are dropped. With a `limit`, an article that
 * passes its time limit in the copy check is skipped and not placed, and placement and briefs are
 * bounded by it (see BatchLimit).
 */
export async function placeAnalyzed(
  analyzed: AnalyzedArticle[],
  ws: Workspace,
  held: Held,
  ctx: Context,
  pool: WorkerPool | undefined,
  summary: Pick<IngestSummary, 'added' | 'alreadyStored' | 'timings'>,
  made?: Made,
  limit?: BatchLimit,
): Promise<void> {
  // Features come with the language stage (`made`), or are made here for articles analysed elsewhere.
  const features = made?.features ?? (await featuresOf(analyzed, ctx, pool, summary));
  let pending = analyzed.filter((a) => features.has(a.id));
  if (!pending.length) return;
  let again = false;
  const tries: Tries = { conflicts: 0, waited: 0 };
  // Articles skipped over their time limit stay out of later tries.
  const over = new Set<string>();
  for (;;) {
    try {
      if (again) {
        Object.assign(held, await loadWindow(ws, ctx.config.cluster));
        const stored = await ws.hasArticles(pending.map((a) => a.id));
        summary.alreadyStored += stored.size;
        pending = pending.filter((a) => !stored.has(a.id) && !over.has(a.id));
        if (!pending.length) return;
      }
      const cuts = await placeAndCommit(
        pending,
        pending.map((a) => features.get(a.id)!),
        ws,
        held,
        ctx,
        pool,
        summary,
        made,
        limit && { ...limit, over },
      );
      pending = pending.filter((a) => !over.has(a.id));
      // Told once the batch is stored: a try that failed told nothing.
      for (const c of cuts) limit?.cut(c.input, c.reason);
      summary.added += pending.length;
      held.placed += pending.length;
      if (held.placed >= RELOAD_AFTER) Object.assign(held, await loadWindow(ws, ctx.config.cluster));
      return;
    } catch (e) {
      const retry = nextTry(e, tries, ctx.config.store.reconnectForMs);
      if (!retry) throw e;
      if (retry.reason === 'connection-lost')
        ctx.reporter.warn(`${(e as Error).message}; trying this batch again in ${retry.wait / 1000} s`);
      await pause(retry.wait);
      again = true;
    }
  }
}

/** What the worker threads made of each article with its language stage (by article id). */
interface Made {
  features: ReadonlyMap<string, ArticleFeatures>;
  prints: ReadonlyMap<string, Fingerprint>;
  spins: ReadonlyMap<string, IntrinsicSpin>;
}

/**
 * Features for articles analysed elsewhere (the queue's analysis jobs, bounded by the job timeout):
 * per article and pure, made once (on the worker threads for big batches) before the copies.
 */
async function featuresOf(
  analyzed: readonly AnalyzedArticle[],
  ctx: Context,
  pool: WorkerPool | undefined,
  summary: Pick<IngestSummary, 'timings'>,
): Promise<Map<string, ArticleFeatures>> {
  const featured = await timed(summary, 'placement', () =>
    perArticleTimed<AnalyzedArticle, ArticleFeatures>('features', analyzed, ctx, pool),
  );
  return new Map(featured.map(({ value }) => [value.id, value]));
}

/**
 * Copies against what is stored, placement into the stories, briefings, and one atomic commit; what
 * was placed or briefed short of time (with a `limit`) is returned, to be told once committed.
 */
async function placeAndCommit(
  batch: AnalyzedArticle[],
  batchFeatures: readonly ArticleFeatures[],
  ws: Workspace,
  held: Held,
  ctx: Context,
  pool: WorkerPool | undefined,
  summary: { timings: Record<Stage, number> },
  made?: Made,
  limit?: BatchLimit & { over: Set<string> },
): Promise<{ input: string; reason: string }[]> {
  const reuse = await timed(summary, 'copies', () =>
    detectReuseIncremental(
      batch,
      ctx,
      {
        findByBands: (bands, opts) => ws.findByBands(bands, opts),
        findByBandsEach: (lists, opts) => ws.findByBandsEach(lists, opts),
        getArticles: (ids) => ws.getArticles(ids),
        getSpins: (ids, stamp) => ws.getSpins(ids, stamp),
      },
      { prints: made?.prints, spin: held.spin.withFresh(made?.spins ?? []), times: limit?.times },
    ),
  );
  held.spin.endBatch();
  // Over its limit in the copy check: skipped, and nothing placed or stored refers to it.
  for (const a of batch) {
    const reason = reuse.over.get(a.id);
    if (reason === undefined) continue;
    limit?.over.add(a.id);
    limit?.skip(a.input, reason);
  }
  const within = (_: unknown, i: number) => !reuse.over.has(batch[i]!.id);
  const analyzed = reuse.over.size ? batch.filter(within) : batch;
  const features = reuse.over.size ? batchFeatures.filter(within) : batchFeatures;
  if (!analyzed.length && batch.length && !held.legacy) return [];
  const { clusterer } = held;
  const cuts: { input: string; reason: string }[] = [];
  const { before, after, changes } = await timed(summary, 'placement', async () => {
    await loadTerms(
      held,
      ws,
      features.flatMap((f) => [...f.weights.keys()]),
    );
    const before = clusterer.revisions();
    // Each article placed within what is left of its time (see PlaceLimit).
    const clock = ctx.clock ?? (() => performance.now());
    features.forEach((f, i) => {
      if (!limit) {
        clusterer.place(f);
        return;
      }
      ctx.reporter.progress('placement', i + 1, features.length);
      const start = clock();
      const placed = clusterer.place(f, { over: () => limit.times.overWith(f.id, clock() - start) });
      if (placed.cut) cuts.push({ input: analyzed[i]!.input, reason: placed.cut });
    });
    return { before, after: clusterer.revisions(), changes: clusterer.takeChanges() };
  });
  // Every story the chunk touched: new ones, grown ones, and those a split or merge took articles
  // from; a legacy state being converted briefs every story once.
  const changed = [...after.keys()].filter((id) => held.legacy || before.get(id) !== after.get(id));
  const groups = clusterer.storyGroups(changed);
  const articles = analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] }));
  const records = await timed(summary, 'briefs', () =>
    briefRecords(groups, articles, reuse.relations, after, ws, ctx, pool, limit?.times.limitMs),
  );
  for (const r of records)
    if (r.briefing.incomplete)
      cuts.push({
        input: `story ${r.briefing.id}`,
        reason: `briefed without ${r.briefing.incomplete.missing.join(', ')}: ${r.briefing.incomplete.reason}`,
      });
  const version = (held.version ?? 0) + 1;
  await timed(summary, 'commit', () =>
    ws.commit({
      articles,
      relations: reuse.relations,
      fingerprints: reuse.fingerprints,
      state: {
        [CLUSTER_META]: changes.meta,
        [CLUSTER_VERSION]: version,
        ...(held.legacy ? { [LEGACY_STATE]: null } : {}),
      },
      stories: groups,
      deletedStories: changes.removed.filter((r) => r.kind === 'story').map((r) => r.id),
      rows: changeRows(changes),
      records,
      spins: { stamp: spinStamp(), scores: reuse.spins },
      expect: { state: CLUSTER_VERSION, value: held.version },
    }),
  );
  held.version = version;
  held.legacy = false;
  return cuts;
}

/**
 * Each changed story briefed again over all its articles (the new ones and those stored); with
 * `limitMs`, each briefing is bounded by it (see briefStory).
 */
export async function briefRecords(
  groups: readonly StoryGroup[],
  fresh: readonly Article[],
  freshRelations: readonly Relation[],
  revisions: ReadonlyMap<string, number>,
  ws: Workspace,
  ctx: Context,
  pool: WorkerPool | undefined,
  limitMs?: number,
): Promise<StoryRecord[]> {
  if (groups.length === 0) return [];
  const byId = new Map(fresh.map((a) => [a.id, a]));
  const storedIds = [...new Set(groups.flatMap((g) => g.articles))].filter((id) => !byId.has(id));
  for (const a of await ws.getArticles(storedIds)) byId.set(a.id, a);
  // Only relations among the stories' own articles: a stored article's copies elsewhere in the
  // archive (which grow in number as the archive grows) are never read.
  const relations = [...(await ws.getRelations(storedIds, { within: true })), ...freshRelations];
  const jobs: BriefJob[] = groups.map((group) => {
    const ids = new Set(group.articles);
    return {
      group,
      articles: group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
      relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
      ...(limitMs === undefined ? {} : { limitMs }),
    };
  });
  const stories: Story[] =
    pool && jobs.length >= PARALLEL_THRESHOLD / 4
      ? await pool.map<BriefJob, Story>('brief', jobs, ctx.config, ctx.now)
      : jobs.map((job, i) => {
          ctx.reporter.progress('briefs', i + 1, jobs.length);
          return briefJob(job, ctx);
        });
  const previous = new Map(
    (await ws.getIndexEntries(groups.map((g) => g.id))).map((e) => [e.id, e.createdAt]),
  );
  const now = ctx.now.toISOString();
  return stories.map((story, i) => {
    const job = jobs[i]!;
    const origins = originsFromRelations(job.group.articles, job.relations);
    const times = { createdAt: previous.get(story.id) ?? now, updatedAt: now };
    return storyRecord(story, job.articles, origins, revisions.get(story.id) ?? 0, times);
  });
}
