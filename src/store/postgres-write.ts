// Writing a batch and deleting an article on one PostgreSQL connection, inside the caller's
// transaction.
import type { StoryGroup } from '../types/stages.js';
import { packRelation, pgBand } from './codec.js';
import { stateConflict } from './errors.js';
import { writeArchive } from './postgres-archive.js';
import { type Client, insertRows } from './postgres-insert.js';
import { type BatchRows, missingArticles } from './rows.js';
import { withoutArticle } from './stories.js';

export type { Client };

// Upserts; rows are unique per key within a batch (rows.ts), as ON CONFLICT DO UPDATE requires.
const WRITE = {
  articles: ['INSERT INTO articles (id, published, input, data)', 'ON CONFLICT (id) DO NOTHING'],
  relations: ['INSERT INTO relations (from_id, to_id, kind, score, data)', 'ON CONFLICT DO NOTHING'],
  state: ['INSERT INTO state (name, data)', 'ON CONFLICT (name) DO UPDATE SET data = excluded.data'],
  stories: ['INSERT INTO stories (id, data)', 'ON CONFLICT (id) DO UPDATE SET data = excluded.data'],
} as const;

export const parseAll = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

export async function storedOf(client: Client, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((row) => row.id));
}

export async function writeRows(client: Client, rows: BatchRows, target: string): Promise<void> {
  if (rows.expect) {
    // Under the writers' advisory lock: no other batch can change the state between this read and the commit.
    const r = await client.query<{ data: string }>('SELECT data FROM state WHERE name = $1', [
      rows.expect.name,
    ]);
    const found = r.rows[0]?.data ?? null;
    if (found !== rows.expect.data) throw stateConflict(target, rows.expect.name, found);
  }
  if (rows.deletedArticles.length) {
    const ids = rows.deletedArticles;
    await client.query('DELETE FROM articles WHERE id = ANY($1::text[])', [ids]);
    await client.query('DELETE FROM article_story WHERE article = ANY($1::text[])', [ids]);
    await client.query("DELETE FROM search_docs WHERE kind = 'article' AND ref = ANY($1::text[])", [ids]);
  }
  for (const a of rows.updatedArticles)
    await client.query('UPDATE articles SET data = $2 WHERE id = $1', [a.id, a.data]);
  await insertRows(
    client,
    WRITE.articles,
    rows.articles.map((a) => [a.id, a.published, a.input, a.data]),
  );
  // Checked after the articles are written, so a refused batch also exercises the rollback.
  const problem = missingArticles(target, rows.outside, await storedOf(client, [...rows.outside.keys()]));
  if (problem) throw problem;
  await insertRows(
    client,
    WRITE.relations,
    rows.relations.map((r) => [r.from, r.to, r.kind, r.score, packRelation(r.data)]),
  );
  // Keys as bigints (codec.ts, pgBand), articles by seq: all of a batch's in one statement.
  if (rows.bands.length)
    await client.query(
      `INSERT INTO bands (band, article) SELECT t.band, a.seq
       FROM unnest($1::bigint[], $2::text[]) AS t(band, id) JOIN articles a ON a.id = t.id ON CONFLICT DO NOTHING`,
      [rows.bands.map((b) => pgBand(b.band)), rows.bands.map((b) => b.article)],
    );
  if (rows.spins.length)
    await client.query(
      `UPDATE articles a SET spin = t.spin, spin_stamp = t.stamp
       FROM unnest($1::text[], $2::float8[], $3::bigint[]) AS t(id, spin, stamp) WHERE a.id = t.id`,
      [rows.spins.map((s) => s.article), rows.spins.map((s) => s.score), rows.spins.map((s) => s.stamp)],
    );
  const gone = rows.state.filter((s) => s.data === null).map((s) => s.name);
  if (gone.length) await client.query('DELETE FROM state WHERE name = ANY($1::text[])', [gone]);
  await insertRows(
    client,
    WRITE.state,
    rows.state.filter((s) => s.data !== null).map((s) => [s.name, s.data]),
  );
  if (rows.deletedStories.length)
    await client.query('DELETE FROM stories WHERE id = ANY($1::text[])', [rows.deletedStories]);
  await insertRows(
    client,
    WRITE.stories,
    rows.stories.map((s) => [s.id, s.data]),
  );
  await writeArchive(client, rows);
}

export async function deleteIn(client: Client, id: string): Promise<boolean> {
  // Stories first, while they still name the article: none may point at a deleted article.
  const found = await client.query<{ data: string }>('SELECT data FROM stories WHERE strpos(data, $1) > 0', [
    JSON.stringify(id),
  ]);
  for (const story of parseAll<StoryGroup>(found.rows)) {
    const kept = withoutArticle(story, id);
    if (kept === story) continue;
    if (kept)
      await client.query('UPDATE stories SET data = $2 WHERE id = $1', [kept.id, JSON.stringify(kept)]);
    else await client.query('DELETE FROM stories WHERE id = $1', [story.id]);
  }
  // Bands and relations go with it (ON DELETE CASCADE).
  return ((await client.query('DELETE FROM articles WHERE id = $1', [id])).rowCount ?? 0) > 0;
}

/**
 * Planner statistics for tables filled in bulk. Until autovacuum first analyses a new table (up to a
 * minute later) PostgreSQL guesses its size and scans every band key on each lookup: 50 ms instead
 * of 0.4 ms at 3,000 articles. So a writer analyses after each doubling of what it has seen stored.
 */
export class Analyzer {
  private base = -1;
  private added = 0;

  async after(client: Client, inserted: number): Promise<void> {
    if (this.base < 0) {
      const r = await client.query<{ n: number }>(
        "SELECT GREATEST(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'articles'::regclass",
      );
      this.base = r.rows[0]?.n ?? 0;
    }
    this.added += inserted;
    if (this.added < Math.max(500, this.base)) return;
    this.base += this.added;
    this.added = 0;
    // Only an optimisation: a role without the right to analyse just keeps the slower plans.
    await client.query('ANALYZE articles, bands, relations').catch(() => undefined);
  }
}
