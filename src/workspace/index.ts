// The workspace flow: `newsfuse ingest` extends what is stored (new articles checked against old ones
// by fingerprint lookup, placed into the existing stories), and `newsfuse brief` reads it back.
import { refineCorpus } from '../clean/index.js';
import { Clusterer, type ClusterState } from '../cluster/index.js';
import { detectReuseIncremental, originsFromRelations } from '../dedup/index.js';
import { ingest } from '../ingest/index.js';
import { WorkerPool } from '../parallel/index.js';
import { analyzeAll, briefStories, cleanAll } from '../pipeline.js';
import { isStoreError } from '../store/errors.js';
import type { AnalyzedArticle, Article, CleanArticle, RawDocument } from '../types/article.js';
import type { Context, Outcome, ReuseResult, StoryGroup } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../types/story.js';

export interface IngestSummary {
  read: number;
  added: number;
  alreadyStored: number;
  skipped: { input: string; reason: string }[];
  stories: number;
  /** Ids of the articles read in this run, new or already stored. */
  articleIds: string[];
}

const CLUSTER_STATE = 'cluster';
/** Bumped by every commit of the cluster state: what a writer checks it still extends. */
const CLUSTER_VERSION = 'cluster.version';
/** Commits retried when other writers keep getting in first. */
const MAX_ATTEMPTS = 8;

/** The clusterer as stored, and the version it was read at. */
interface Held {
  clusterer: Clusterer;
  version: number | null;
}

async function loadClusterer(ws: Workspace, ctx: Context): Promise<Held> {
  // The version first: a state read after it is at least as new, and a newer one only makes the
  // next commit conflict and retry, never overwrite what another writer added.
  const version = await ws.getState<number>(CLUSTER_VERSION);
  const state = await ws.getState<ClusterState>(CLUSTER_STATE);
  return { clusterer: new Clusterer(ctx.config.cluster, state ?? undefined), version };
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
    stories: 0,
    articleIds: [],
  };
  const held = await loadClusterer(ws, ctx);
  const pool = ctx.config.runtime.workers > 1 ? new WorkerPool(ctx.config.runtime.workers) : undefined;
  try {
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
  const cleaned: CleanArticle[] = [];
  for (const outcome of await cleanAll(
    docs.filter((d) => !stored.has(d.id)),
    ctx,
    pool,
  )) {
    if (outcome.status === 'ok') cleaned.push(outcome.value);
    else {
      summary.skipped.push({ input: outcome.input, reason: outcome.reason });
      ctx.reporter.skipped(outcome.input, outcome.reason);
    }
  }
  if (!cleaned.length) return;
  const analyzed = await analyzeAll(refineCorpus(cleaned, ctx), ctx, pool);
  // The costly work above is done once; placing and writing are retried while another writer
  // (a second process on the same workspace) commits first: the state is read again each time.
  let pending = analyzed;
  for (let attempt = 1; ; attempt++) {
    try {
      await placeAndCommit(pending, ws, held, ctx);
      summary.added += pending.length;
      return;
    } catch (e) {
      if (!isStoreError(e) || e.code !== 'conflict' || attempt >= MAX_ATTEMPTS) throw e;
      Object.assign(held, await loadClusterer(ws, ctx));
      const stored = await ws.hasArticles(pending.map((a) => a.id));
      summary.alreadyStored += stored.size;
      pending = pending.filter((a) => !stored.has(a.id));
      if (!pending.length) return;
    }
  }
}

/** Copies against what is stored, placement into the stories, and one atomic commit. */
async function placeAndCommit(analyzed: AnalyzedArticle[], ws: Workspace, held: Held, ctx: Context) {
  const reuse = await detectReuseIncremental(analyzed, ctx, {
    findByBands: (bands) => ws.findByBands(bands),
    getArticles: (ids) => ws.getArticles(ids),
  });
  const { clusterer } = held;
  const revisions = clusterer.revisions();
  for (const a of analyzed) clusterer.add(a);
  const after = clusterer.revisions();
  // Every story the chunk touched: new ones, grown ones, and those a split or merge took articles from.
  const changed = clusterer.groups().filter((g) => revisions.get(g.id) !== after.get(g.id));
  const version = (held.version ?? 0) + 1;
  await ws.commit({
    articles: analyzed.map((a): Article => ({ ...a, flags: reuse.flags.get(a.id) ?? [] })),
    relations: reuse.relations,
    fingerprints: reuse.fingerprints,
    state: { [CLUSTER_STATE]: clusterer.snapshot(), [CLUSTER_VERSION]: version },
    stories: changed,
    deletedStories: [...revisions.keys()].filter((id) => !after.has(id)),
    expect: { state: CLUSTER_VERSION, value: held.version },
  });
  held.version = version;
}

/** The analysis of the stored stories (all, or those named, or those holding given articles). */
export async function analysisFromWorkspace(
  ws: Workspace,
  ctx: Context,
  filter: { story?: string; articles?: readonly string[] } = {},
): Promise<Analysis> {
  let groups: StoryGroup[] = await ws.getStories();
  if (filter.story) groups = groups.filter((g) => g.id === filter.story);
  if (filter.articles) {
    const wanted = new Set(filter.articles);
    groups = groups.filter((g) => g.articles.some((id) => wanted.has(id)));
  }
  const ids = [...new Set(groups.flatMap((g) => g.articles))];
  const articles = await ws.getArticles(ids);
  const relations = await ws.getRelations(ids);
  const reuse: ReuseResult = {
    relations,
    flags: new Map(articles.map((a) => [a.id, a.flags])),
    origins: originsFromRelations(ids, relations),
  };
  return { schema: ANALYSIS_SCHEMA, ...briefStories(groups, articles, reuse, ctx), relations };
}
