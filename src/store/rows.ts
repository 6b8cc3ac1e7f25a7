// A batch → the rows both back ends write. Encoding is pure and happens before any transaction
// opens, so a value that cannot be stored fails the batch before anything is written.
import type { StoryGroup } from '../types/stages.js';
import type { StoryRecord, WorkspaceBatch } from '../types/store.js';
import { packArticle } from './codec.js';
import { StoreError } from './errors.js';

export interface ArticleRow {
  id: string;
  published: string | null;
  input: string;
  data: string;
}
export interface RelationRow {
  from: string;
  to: string;
  kind: string;
  score: number;
  data: string;
}
export interface BatchRows {
  articles: ArticleRow[];
  relations: RelationRow[];
  bands: { band: string; article: string }[];
  /** `data` null: the state is removed (reading it gives null either way). */
  state: { name: string; data: string | null }[];
  /** The state blob (encoded as stored) the batch expects to find, if any. */
  expect: { name: string; data: string | null } | null;
  stories: { id: string; data: string }[];
  deletedStories: string[];
  keyed: { upsert: KeyedRowData[]; remove: { kind: string; id: string }[] };
  records: RecordRows[];
  /** Each stored story's articles, rewritten with the story. */
  articleStory: { article: string; story: string }[];
  /** The searchable text of each new article. */
  articleDocs: { id: string; title: string; body: string }[];
  deletedArticles: string[];
  updatedArticles: ArticleRow[];
  /** Intrinsic spin scores to keep with their articles (an id not stored once the batch is written is passed over). */
  spins: { article: string; score: number; stamp: number }[];
  /** Ids the relations and fingerprints refer to that the batch does not carry: they must be stored. */
  outside: Map<string, string>;
}

export interface KeyedRowData {
  kind: string;
  id: string;
  ord: number;
  hot: boolean;
  data: string | null;
}

export interface RecordRows {
  id: string;
  revision: number;
  growth: number;
  firstDay: string | null;
  lastDay: string | null;
  changedAt: string;
  index: string;
  briefing: string;
  terms: { kind: string; value: string }[];
  entities: { id: string; name: string; type: string; aliases: string }[];
  search: { title: string; body: string };
}

function invalid(target: string, message: string): StoreError {
  return new StoreError('invalid-batch', target, `cannot commit to ${target}: ${message}`);
}

function checkId(target: string, what: string, id: unknown): string {
  if (typeof id !== 'string' || id.length === 0)
    throw invalid(target, `${what} has id ${JSON.stringify(id)}`);
  return id;
}

/** First occurrence wins for articles, relations and bands (as a re-ingest would); last for upserts. */
function uniqueBy<T>(items: readonly T[], key: (t: T) => string, keep: 'first' | 'last'): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (keep === 'last' || !seen.has(k)) {
      seen.delete(k);
      seen.set(k, item);
    }
  }
  return [...seen.values()];
}

function articleRows(batch: WorkspaceBatch, target: string): ArticleRow[] {
  const rows = batch.articles.map((a) => ({
    id: checkId(target, 'an article', a.id),
    published: a.published ?? null,
    input: a.input ?? '',
    data: packArticle(a),
  }));
  return uniqueBy(rows, (r) => r.id, 'first');
}

function relationRows(batch: WorkspaceBatch, target: string): RelationRow[] {
  const rows = batch.relations.map((r) => {
    const what = `relation ${r.kind} ${String(r.from)} → ${String(r.to)}`;
    checkId(target, `the source of ${what}`, r.from);
    checkId(target, `the target of ${what}`, r.to);
    if (!Number.isFinite(r.score)) throw invalid(target, `${what} has score ${String(r.score)}`);
    return { from: r.from, to: r.to, kind: r.kind, score: r.score, data: JSON.stringify(r) };
  });
  return uniqueBy(rows, (r) => `${r.from}\u0000${r.to}\u0000${r.kind}`, 'first');
}

function bandRows(batch: WorkspaceBatch, target: string): BatchRows['bands'] {
  const rows = batch.fingerprints.flatMap((f) => {
    checkId(target, 'a fingerprint', f.article);
    return f.bands.map((band) => ({ band, article: f.article }));
  });
  return uniqueBy(rows, (r) => `${r.band}\u0000${r.article}`, 'first');
}

function storyRows(stories: readonly StoryGroup[], target: string): BatchRows['stories'] {
  const rows = stories.map((s) => ({ id: checkId(target, 'a story', s.id), data: JSON.stringify(s) }));
  return uniqueBy(rows, (r) => r.id, 'last');
}

/** Referenced ids the batch does not carry, each with what refers to it (for the error message). */
function outsideRefs(rows: Pick<BatchRows, 'articles' | 'relations' | 'bands'>): Map<string, string> {
  const carried = new Set(rows.articles.map((a) => a.id));
  const outside = new Map<string, string>();
  const note = (id: string, by: string) => {
    if (!carried.has(id) && !outside.has(id)) outside.set(id, by);
  };
  for (const r of rows.relations) {
    note(r.from, `relation ${r.kind} ${r.from} → ${r.to}`);
    note(r.to, `relation ${r.kind} ${r.from} → ${r.to}`);
  }
  for (const b of rows.bands) note(b.article, `fingerprint band ${b.band}`);
  return outside;
}

/** A state blob as stored: JSON, or null for none. */
const stateData = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

function keyedRows(batch: WorkspaceBatch, target: string): BatchRows['keyed'] {
  const upsert = (batch.rows?.upsert ?? []).map((r) => {
    checkId(target, `a ${r.kind} row`, r.id);
    if (!Number.isFinite(r.ord)) throw invalid(target, `${r.kind} row ${r.id} has ord ${String(r.ord)}`);
    return { ...r, data: r.data === null || r.data === undefined ? null : JSON.stringify(r.data) };
  });
  const remove = uniqueBy(batch.rows?.remove ?? [], (r) => `${r.kind}\u0000${r.id}`, 'last');
  return { upsert: uniqueBy(upsert, (r) => `${r.kind}\u0000${r.id}`, 'last'), remove };
}

const day = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

function recordRows(records: readonly StoryRecord[], target: string): RecordRows[] {
  const rows = records.map((r) => ({
    id: checkId(target, 'a story record', r.index.id),
    revision: r.index.revision,
    growth: r.growth,
    firstDay: day(r.index.firstReport),
    lastDay: day(r.index.lastReport),
    changedAt: r.index.updatedAt,
    index: JSON.stringify(r.index),
    briefing: JSON.stringify(r.briefing),
    terms: uniqueBy(r.terms, (t) => `${t.kind}\u0000${t.value}`, 'first'),
    entities: r.entities.map((e) => ({ ...e, aliases: JSON.stringify(e.aliases) })),
    search: r.search,
  }));
  return uniqueBy(rows, (r) => r.id, 'last');
}

export function encodeBatch(batch: WorkspaceBatch, target: string): BatchRows {
  const articles = articleRows(batch, target);
  const relations = relationRows(batch, target);
  const bands = bandRows(batch, target);
  const state = Object.entries(batch.state).map(([name, value]) => ({ name, data: stateData(value) }));
  const stories = storyRows(batch.stories, target);
  const deletedStories = [...new Set(batch.deletedStories ?? [])];
  const expect = batch.expect ? { name: batch.expect.state, data: stateData(batch.expect.value) } : null;
  return {
    articles,
    relations,
    bands,
    state,
    expect,
    stories,
    deletedStories,
    keyed: keyedRows(batch, target),
    records: recordRows(batch.records ?? [], target),
    articleStory: batch.stories.flatMap((s) => s.articles.map((article) => ({ article, story: s.id }))),
    articleDocs: batch.articles.map((a) => ({ id: a.id, title: a.title ?? '', body: a.text })),
    deletedArticles: [...new Set(batch.deletedArticles ?? [])],
    updatedArticles: articleRows({ ...batch, articles: batch.updatedArticles ?? [] }, target),
    spins: spinRows(batch, target),
    outside: outsideRefs({ articles, relations, bands }),
  };
}

function spinRows(batch: WorkspaceBatch, target: string): BatchRows['spins'] {
  if (!batch.spins) return [];
  const { stamp, scores } = batch.spins;
  if (!Number.isSafeInteger(stamp))
    throw invalid(target, `the spin scores' stamp ${JSON.stringify(stamp)} is not an integer`);
  for (const s of scores) {
    checkId(target, 'a spin score', s.article);
    if (!Number.isFinite(s.score))
      throw invalid(
        target,
        `the spin score of article ${s.article} is ${JSON.stringify(s.score)}, not a number`,
      );
  }
  return uniqueBy(
    scores.map((s) => ({ article: s.article, score: s.score, stamp })),
    (s) => s.article,
    'last',
  );
}

/** The error for references that are neither in the batch nor stored. */
export function missingArticles(
  target: string,
  outside: Map<string, string>,
  stored: Set<string>,
): StoreError | null {
  const missing = [...outside.keys()].filter((id) => !stored.has(id));
  if (missing.length === 0) return null;
  const first = missing[0]!;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
  return invalid(
    target,
    `${outside.get(first)} refers to article ${first}, which is neither in the batch nor stored${more}`,
  );
}
