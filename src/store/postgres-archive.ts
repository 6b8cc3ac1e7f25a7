// The archive side of the PostgreSQL workspace: engine rows, the story index, materialised
// briefings, entities and full-text search (weighted tsvector, GIN), as in sqlite-archive.ts.
import type { Page, StoryIndexEntry, StoryQuery } from '../types/archive.js';
import type { StoredEntity } from './archive-reader.js';
import type { Client } from './postgres-write.js';
import type { BatchRows } from './rows.js';
import { decodeCursor, encodeCursor, isNumber, queryTerms, searchable } from './search-text.js';

const TSV = `setweight(to_tsvector('english', $3), 'A') || setweight(to_tsvector('english', $4), 'B')`;

async function indexDoc(c: Client, kind: string, ref: string, title: string, body: string, replace = true) {
  await c.query(
    `INSERT INTO search_docs (kind, ref, tsv) VALUES ($1, $2, ${TSV})
     ON CONFLICT (kind, ref) DO ${replace ? 'UPDATE SET tsv = excluded.tsv' : 'NOTHING'}`,
    [kind, ref, searchable(title), searchable(body)],
  );
}

export async function dropStoryIn(c: Client, id: string): Promise<void> {
  for (const table of ['story_index WHERE id', 'story_terms WHERE story', 'briefings WHERE story'])
    await c.query(`DELETE FROM ${table} = $1`, [id]);
  await c.query("DELETE FROM search_docs WHERE kind = 'story' AND ref = $1", [id]);
}

/** Inside the caller's transaction, after the stories themselves are written. */
export async function writeArchive(c: Client, rows: BatchRows): Promise<void> {
  const removed = rows.keyed.remove;
  for (const kind of new Set(removed.map((r) => r.kind)))
    await c.query('DELETE FROM cluster_rows WHERE kind = $1 AND id = ANY($2::text[])', [
      kind,
      removed.filter((r) => r.kind === kind).map((r) => r.id),
    ]);
  const up = rows.keyed.upsert;
  if (up.length)
    await c.query(
      `INSERT INTO cluster_rows (kind, id, ord, hot, data)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::boolean[], $5::text[])
       ON CONFLICT (kind, id) DO UPDATE SET ord = excluded.ord, hot = excluded.hot, data = excluded.data`,
      [
        up.map((r) => r.kind),
        up.map((r) => r.id),
        up.map((r) => r.ord),
        up.map((r) => r.hot),
        up.map((r) => r.data),
      ],
    );
  for (const id of rows.deletedStories) await dropStoryIn(c, id);
  if (rows.articleStory.length)
    await c.query(
      `INSERT INTO article_story (article, story) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (article) DO UPDATE SET story = excluded.story`,
      [rows.articleStory.map((a) => a.article), rows.articleStory.map((a) => a.story)],
    );
  for (const r of rows.records) {
    await c.query(
      `INSERT INTO story_index (id, seq, growth, first_day, last_day, changed_at, data)
       VALUES ($1, nextval('story_index_seq'), $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, growth = excluded.growth, first_day = excluded.first_day,
         last_day = excluded.last_day, changed_at = excluded.changed_at, data = excluded.data`,
      [r.id, r.growth, r.firstDay, r.lastDay, r.changedAt, r.index],
    );
    await c.query('DELETE FROM story_terms WHERE story = $1', [r.id]);
    if (r.terms.length)
      await c.query(
        'INSERT INTO story_terms (kind, value, story) SELECT k, v, $3 FROM unnest($1::text[], $2::text[]) AS t(k, v)',
        [r.terms.map((t) => t.kind), r.terms.map((t) => t.value), r.id],
      );
    await c.query(
      `INSERT INTO briefings (story, revision, data) VALUES ($1, $2, $3)
       ON CONFLICT (story) DO UPDATE SET revision = excluded.revision, data = excluded.data`,
      [r.id, r.revision, r.briefing],
    );
    for (const e of r.entities) {
      await c.query(
        `INSERT INTO entities (id, name, type, aliases) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases`,
        [e.id, e.name, e.type, e.aliases],
      );
      await indexDoc(c, 'entity', e.id, e.name, (JSON.parse(e.aliases) as string[]).join(' '));
    }
    await indexDoc(c, 'story', r.id, r.search.title, r.search.body);
  }
  for (const a of rows.articleDocs) await indexDoc(c, 'article', a.id, a.title, a.body, false);
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
