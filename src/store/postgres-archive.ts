// The archive side of the PostgreSQL workspace: engine rows, the story index, materialised
// briefings, entities and full-text search (weighted tsvector, GIN), as in sqlite-archive.ts.
import type { Page, StoryIndexEntry, StoryQuery } from '../types/archive.js';
import type { StoredEntity } from './archive-reader.js';
import { type Client, insertRows, type Tuple } from './postgres-insert.js';
import type { BatchRows } from './rows.js';
import { decodeCursor, encodeCursor, isNumber, queryTerms, searchable } from './search-text.js';

/** A search document's tuple: kind, ref, then its title (weight A) and body (B) made into one tsvector. */
const docTuple: Tuple = ([kind, ref, title, body]) =>
  `(${kind}, ${ref}, setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('english', ${body}), 'B'))`;

// Upserts that leave a row alone when nothing in it changed: no dead version, no index entries.
const WRITE = {
  rows: [
    'INSERT INTO cluster_rows AS t (kind, id, ord, hot, data)',
    `ON CONFLICT (kind, id) DO UPDATE SET ord = excluded.ord, hot = excluded.hot, data = excluded.data
     WHERE (t.ord, t.hot, t.data) IS DISTINCT FROM (excluded.ord, excluded.hot, excluded.data)`,
  ],
  placed: [
    'INSERT INTO article_story AS t (article, story)',
    'ON CONFLICT (article) DO UPDATE SET story = excluded.story WHERE t.story <> excluded.story',
  ],
  index: [
    'INSERT INTO story_index (id, seq, growth, first_day, last_day, changed_at, data)',
    `ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, growth = excluded.growth, first_day = excluded.first_day,
       last_day = excluded.last_day, changed_at = excluded.changed_at, data = excluded.data`,
  ],
  terms: ['INSERT INTO story_terms (kind, value, story)', ''],
  briefings: [
    'INSERT INTO briefings (story, revision, data)',
    'ON CONFLICT (story) DO UPDATE SET revision = excluded.revision, data = excluded.data',
  ],
  entities: [
    'INSERT INTO entities AS t (id, name, type, aliases)',
    `ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases
     WHERE (t.name, t.type, t.aliases) IS DISTINCT FROM (excluded.name, excluded.type, excluded.aliases)`,
  ],
  docs: [
    'INSERT INTO search_docs AS t (kind, ref, tsv)',
    'ON CONFLICT (kind, ref) DO UPDATE SET tsv = excluded.tsv WHERE t.tsv IS DISTINCT FROM excluded.tsv',
  ],
  articleDocs: ['INSERT INTO search_docs (kind, ref, tsv)', 'ON CONFLICT (kind, ref) DO NOTHING'],
} as const;

/** Last occurrence wins, in the order of the last occurrences (as writing them one by one would leave them). */
function lastBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    seen.delete(k);
    seen.set(k, item);
  }
  return [...seen.values()];
}

export async function dropStoriesIn(c: Client, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  for (const table of ['story_index WHERE id', 'story_terms WHERE story', 'briefings WHERE story'])
    await c.query(`DELETE FROM ${table} = ANY($1::text[])`, [ids]);
  await c.query("DELETE FROM search_docs WHERE kind = 'story' AND ref = ANY($1::text[])", [ids]);
}

/**
 * Inside the caller's transaction, after the stories themselves are written: each table in one
 * statement (or a few, for thousands of rows), never one per story or entity.
 */
export async function writeArchive(c: Client, rows: BatchRows): Promise<void> {
  const removed = rows.keyed.remove;
  for (const kind of new Set(removed.map((r) => r.kind)))
    await c.query('DELETE FROM cluster_rows WHERE kind = $1 AND id = ANY($2::text[])', [
      kind,
      removed.filter((r) => r.kind === kind).map((r) => r.id),
    ]);
  await insertRows(
    c,
    WRITE.rows,
    rows.keyed.upsert.map((r) => [r.kind, r.id, r.ord, r.hot, r.data]),
  );
  await dropStoriesIn(c, rows.deletedStories);
  await insertRows(
    c,
    WRITE.placed,
    lastBy(rows.articleStory, (a) => a.article).map((a) => [a.article, a.story]),
  );
  await writeRecords(c, rows.records);
  await insertRows(
    c,
    WRITE.articleDocs,
    rows.articleDocs.map((a) => ['article', a.id, searchable(a.title), searchable(a.body)]),
    docTuple,
  );
}

/** The story records: index entries (in record order, for their seq), terms, briefings, entities, search. */
async function writeRecords(c: Client, records: BatchRows['records']): Promise<void> {
  if (!records.length) return;
  await insertRows(
    c,
    WRITE.index,
    records.map((r) => [r.id, r.growth, r.firstDay, r.lastDay, r.changedAt, r.index]),
    ([id, ...rest]) => `(${id}, nextval('story_index_seq'), ${rest.join(', ')})`,
  );
  await c.query('DELETE FROM story_terms WHERE story = ANY($1::text[])', [records.map((r) => r.id)]);
  await insertRows(
    c,
    WRITE.terms,
    records.flatMap((r) => r.terms.map((t) => [t.kind, t.value, r.id])),
  );
  await insertRows(
    c,
    WRITE.briefings,
    records.map((r) => [r.id, r.revision, r.briefing]),
  );
  const entities = lastBy(
    records.flatMap((r) => r.entities),
    (e) => e.id,
  );
  await insertRows(
    c,
    WRITE.entities,
    entities.map((e) => [e.id, e.name, e.type, e.aliases]),
  );
  const docs = [
    ...entities.map((e) => ['entity', e.id, e.name, (JSON.parse(e.aliases) as string[]).join(' ')]),
    ...records.map((r) => ['story', r.id, r.search.title, r.search.body]),
  ];
  await insertRows(
    c,
    WRITE.docs,
    docs.map(([kind, ref, title, body]) => [kind, ref, searchable(title!), searchable(body!)]),
    docTuple,
  );
}

export async function rowsIn(c: Client, kind: string, select: { hot: true } | { ids: readonly string[] }) {
  const r =
    'ids' in select
      ? await c.query<{ id: string; ord: string; data: string | null }>(
          'SELECT id, ord, data FROM cluster_rows WHERE kind = $1 AND id = ANY($2::text[]) ORDER BY ord',
          [kind, select.ids],
        )
      : await c.query<{ id: string; ord: string; data: string | null }>(
          'SELECT id, ord, data FROM cluster_rows WHERE kind = $1 AND hot ORDER BY ord',
          [kind],
        );
  return r.rows.map((row) => ({
    id: row.id,
    ord: Number(row.ord),
    data: row.data === null ? null : (JSON.parse(row.data) as unknown),
  }));
}

export async function listStoriesIn(c: Client, q: StoryQuery): Promise<Page<StoryIndexEntry>> {
  const limit = Math.min(Math.max(q.limit ?? 20, 1), 200);
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  if (q.since) where.push(`last_day >= ${arg(q.since)}`);
  if (q.until) where.push(`first_day <= ${arg(q.until)}`);
  if (q.changedSince) where.push(`changed_at > ${arg(q.changedSince)}`);
  for (const [kind, value] of [
    ['outlet', q.outlet],
    ['entity', q.entity],
    ['language', q.language],
  ] as const)
    if (value)
      where.push(`id IN (SELECT story FROM story_terms WHERE kind = ${arg(kind)} AND value = ${arg(value)})`);
  const growing = q.order === 'growing';
  const at = decodeCursor(q.cursor, (v): v is number[] => Array.isArray(v) && v.every(isNumber));
  if (at && growing) where.push(`(growth, seq) < (${arg(at[0])}, ${arg(at[1])})`);
  else if (at) where.push(`seq < ${arg(at[0])}`);
  const r = await c.query<{ seq: string; growth: number; data: string }>(
    `SELECT seq, growth, data FROM story_index ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${growing ? 'growth DESC, seq DESC' : 'seq DESC'} LIMIT ${arg(limit + 1)}`,
    args,
  );
  const last = r.rows.length > limit ? r.rows[limit - 1] : undefined;
  return {
    items: r.rows.slice(0, limit).map((row) => JSON.parse(row.data) as StoryIndexEntry),
    next: last ? encodeCursor(growing ? [last.growth, Number(last.seq)] : [Number(last.seq)]) : null,
  };
}

/** The user's words and phrases as a tsquery: every one required; nothing of the query is syntax. */
function tsQuery(q: string): string | null {
  const { words, phrases } = queryTerms(q);
  const parts = [...words, ...phrases.map((p) => `"${p.join(' ')}"`)];
  return parts.length ? parts.join(' ') : null;
}

export async function matchIn(c: Client, q: string, kinds: readonly string[], limit: number, offset: number) {
  const query = tsQuery(q);
  if (!query) return [];
  const r = await c.query<{ kind: string; ref: string; score: number }>(
    `SELECT kind, ref, ts_rank_cd(tsv, query) AS score
     FROM search_docs, websearch_to_tsquery('english', $1) AS query
     WHERE tsv @@ query AND kind = ANY($2::text[]) ORDER BY score DESC, ref LIMIT $3 OFFSET $4`,
    [query, kinds, limit, offset],
  );
  return r.rows;
}

export async function entityIn(c: Client, id: string): Promise<StoredEntity | null> {
  const r = await c.query<{ id: string; name: string; type: string; aliases: string; stories: number }>(
    `SELECT id, name, type, aliases,
       (SELECT COUNT(*) FROM story_terms WHERE kind = 'entity' AND value = $1)::int AS stories
     FROM entities WHERE id = $1`,
    [id],
  );
  const row = r.rows[0];
  return row ? { ...row, aliases: JSON.parse(row.aliases) as string[] } : null;
}
