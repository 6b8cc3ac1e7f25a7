// The workspace on PostgreSQL (pg), shared by several workers. Same tables and semantics as the
// SQLite store; lists travel as array parameters and rows are written set-wise with unnest().
import type pg from 'pg';
import type { Article } from '../types/article.js';
import type { StoryGroup } from '../types/stages.js';
import type { Workspace, WorkspaceBatch, WorkspaceStats } from '../types/store.js';
import type { Relation } from '../types/story.js';
import { type StoreOptions, storeOptions } from './config.js';
import { redactUrl, StoreError } from './errors.js';
import { PG_VERSION_TABLE } from './migrations/postgres.js';
import { openPgPool, PG_LOCK, PG_SCHEMA_VERSION, pgError } from './postgres-open.js';
import { type BatchRows, encodeBatch, missingArticles } from './rows.js';
import { withoutArticle } from './stories.js';

// Upserts; rows are unique per key within a batch (rows.ts), as ON CONFLICT DO UPDATE requires.
const WRITE = {
  articles: ['INSERT INTO articles (id, published, input, data)', 'ON CONFLICT (id) DO NOTHING'],
  relations: ['INSERT INTO relations (from_id, to_id, kind, score, data)', 'ON CONFLICT DO NOTHING'],
  bands: ['INSERT INTO bands (band, article)', 'ON CONFLICT DO NOTHING'],
  state: ['INSERT INTO state (name, data)', 'ON CONFLICT (name) DO UPDATE SET data = excluded.data'],
  stories: ['INSERT INTO stories (id, data)', 'ON CONFLICT (id) DO UPDATE SET data = excluded.data'],
} as const;
/** Parameters per statement, well under PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

type Client = Pick<pg.PoolClient, 'query'>;

const parseAll = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

async function storedOf(client: Client, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((row) => row.id));
}

/**
 * Multi-row VALUES with one parameter per cell, in batch order (so seq follows ingest order). For
 * JSON text this is about 3 times faster than unnest() over arrays: PostgreSQL need not parse a
 * multi-megabyte array literal full of escaped quotes.
 */
async function insertRows(
  client: Client,
  [head, tail]: readonly [string, string],
  rows: unknown[][],
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  const per = Math.floor(MAX_PARAMS / width);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const tuple = (r: number) =>
      `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`;
    await client.query(`${head} VALUES ${chunk.map((_, r) => tuple(r)).join(', ')} ${tail}`, chunk.flat());
  }
}

async function writeRows(client: Client, rows: BatchRows, target: string): Promise<void> {
  const problem = missingArticles(target, rows.outside, await storedOf(client, [...rows.outside.keys()]));
  if (problem) throw problem;
  await insertRows(
    client,
    WRITE.articles,
    rows.articles.map((a) => [a.id, a.published, a.input, a.data]),
  );
  await insertRows(
    client,
    WRITE.relations,
    rows.relations.map((r) => [r.from, r.to, r.kind, r.score, r.data]),
  );
  await insertRows(
    client,
    WRITE.bands,
    rows.bands.map((b) => [b.band, b.article]),
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
}

async function deleteIn(client: Client, id: string): Promise<boolean> {
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

export class PostgresWorkspace implements Workspace {
  readonly kind = 'postgres' as const;
  private open = true;

  constructor(
    private readonly pool: pg.Pool,
    /** The URL without its password, for messages. */
    readonly target: string,
  ) {}

  private async run<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    if (!this.open) throw new StoreError('closed', this.target, `the workspace ${this.target} is closed`);
    try {
      return await fn(this.pool);
    } catch (e) {
      throw pgError(e, this.target);
    }
  }

  /**
   * One transaction on one connection. Writers also take a transaction-scoped advisory lock: batches
   * from several workers then never interleave (seq stays contiguous per batch) and cannot deadlock
   * on keys inserted in different orders; the costly work happens before, in each worker.
   */
  private transaction<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return this.run(async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [PG_LOCK.namespace, PG_LOCK.commit]);
        const out = await fn(client);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch((r: Error) => {
          broken = r;
        });
        throw e;
      } finally {
        client.release(broken);
      }
    });
  }

  hasArticles(ids: readonly string[]): Promise<Set<string>> {
    return this.run((c) => storedOf(c, ids));
  }

  getArticles(ids?: readonly string[]): Promise<Article[]> {
    return this.run(async (c) => {
      const r = ids
        ? await c.query('SELECT data FROM articles WHERE id = ANY($1::text[]) ORDER BY seq', [ids])
        : await c.query('SELECT data FROM articles ORDER BY seq');
      return parseAll<Article>(r.rows);
    });
  }

  getRelations(articleIds?: readonly string[]): Promise<Relation[]> {
    return this.run(async (c) => {
      const r = articleIds
        ? await c.query(
            'SELECT data FROM relations WHERE from_id = ANY($1::text[]) OR to_id = ANY($1::text[]) ORDER BY seq',
            [articleIds],
          )
        : await c.query('SELECT data FROM relations ORDER BY seq');
      return parseAll<Relation>(r.rows);
    });
  }

  findByBands(bands: readonly string[]): Promise<Map<string, number>> {
    return this.run(async (c) => {
      const r = await c.query<{ article: string; n: number }>(
        `SELECT b.article, COUNT(*)::int AS n FROM bands b JOIN articles a ON a.id = b.article
         WHERE b.band = ANY($1::text[]) GROUP BY b.article ORDER BY n DESC, MIN(a.seq)`,
        [[...new Set(bands)]],
      );
      return new Map(r.rows.map((row) => [row.article, row.n]));
    });
  }

  getState<T = unknown>(name: string): Promise<T | null> {
    return this.run(async (c) => {
      const r = await c.query<{ data: string }>('SELECT data FROM state WHERE name = $1', [name]);
      return r.rows[0] ? (JSON.parse(r.rows[0].data) as T) : null;
    });
  }

  getStories(): Promise<StoryGroup[]> {
    return this.run(async (c) =>
      parseAll<StoryGroup>((await c.query('SELECT data FROM stories ORDER BY seq')).rows),
    );
  }

  async commit(batch: WorkspaceBatch): Promise<void> {
    // Encoded before the transaction opens: a value that cannot be stored costs no round trip.
    const rows = encodeBatch(batch, this.target);
    await this.transaction((c) => writeRows(c, rows, this.target));
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.transaction((c) => deleteIn(c, id));
  }

  stats(): Promise<WorkspaceStats> {
    return this.run(async (c) => {
      const r = await c.query<WorkspaceStats>(
        `SELECT (SELECT COUNT(*) FROM articles)::int AS articles, (SELECT COUNT(*) FROM relations)::int AS relations,
          (SELECT COUNT(*) FROM stories)::int AS stories,
          (SELECT COALESCE(MAX(version), 0) FROM ${PG_VERSION_TABLE})::int AS "schemaVersion"`,
      );
      return r.rows[0]!;
    });
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.pool.end();
  }
}

/** Connects to the database at `url` (creating and migrating the schema when needed). */
export async function openPostgresWorkspace(url: string, opts?: StoreOptions): Promise<Workspace> {
  const target = redactUrl(url);
  return new PostgresWorkspace(await openPgPool(url, target, storeOptions(opts)), target);
}

export { PG_SCHEMA_VERSION };
