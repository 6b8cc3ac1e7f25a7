// The workspace on PostgreSQL (pg), shared by several workers. Same tables and semantics as the
// SQLite store; id lists travel as one array parameter each.
import type pg from 'pg';
import type { StoryIndexEntry } from '../types/archive.js';
import type { Article } from '../types/article.js';
import type { StoryGroup } from '../types/stages.js';
import type { BandLookup, Workspace, WorkspaceBatch, WorkspaceStats } from '../types/store.js';
import type { Relation, Story } from '../types/story.js';
import { ArchiveDelegate, ArchiveReads } from './archive-reader.js';
import { pgBand, unpackArticle, unpackRelation } from './codec.js';
import { type StoreOptions, storeOptions } from './config.js';
import { redactUrl, StoreError } from './errors.js';
import { PG_VERSION_TABLE } from './migrations/postgres.js';
import { entityIn, listStoriesIn, matchIn, rowsIn } from './postgres-archive.js';
import { PostgresFeeds } from './postgres-feeds.js';
import { checkOut, openPgPool, PG_LOCK, pgError } from './postgres-open.js';
import { Analyzer, type Client, deleteIn, parseAll, storedOf, writeRows } from './postgres-write.js';
import { encodeBatch } from './rows.js';
import { STORED_VALUES } from './sqlite.js';

/** A relation's columns and its JSON, which may lack the fields the columns hold (codec.ts, packRelation). */
const RELATIONS = 'SELECT kind, from_id, to_id, score, data FROM relations';
type RelationRow = { kind: string; from_id: string; to_id: string; score: number; data: string };

export class PostgresWorkspace extends ArchiveDelegate implements Workspace {
  readonly kind = 'postgres' as const;
  private open = true;
  private readonly analyzer = new Analyzer();
  protected readonly reads: ArchiveReads;
  protected readonly feeds: PostgresFeeds;

  constructor(
    private readonly pool: pg.Pool,
    /** The URL without its password, for messages. */
    readonly target: string,
  ) {
    super();
    this.feeds = new PostgresFeeds(
      (fn) => this.run(fn),
      (fn) => this.transaction(fn),
      target,
    );
    this.reads = new ArchiveReads({
      listStories: (q) => this.run((c) => listStoriesIn(c, q)),
      briefing: (id) =>
        this.run(async (c) => {
          const r = await c.query<{ data: string }>('SELECT data FROM briefings WHERE story = $1', [id]);
          return r.rows[0] ? (JSON.parse(r.rows[0].data) as Story) : null;
        }),
      indexEntries: (ids) => this.getIndexEntries(ids),
      getArticles: (ids) => this.getArticles(ids),
      getRelations: (ids) => this.getRelations(ids, { within: true }),
      storiesOf: (ids) => this.storiesOf(ids),
      match: (q, kinds, limit, offset) => this.run((c) => matchIn(c, q, kinds, limit, offset)),
      entity: (id) => this.run((c) => entityIn(c, id)),
    });
  }

  getRows(kind: string, select: { hot: true } | { ids: readonly string[] }) {
    return this.run((c) => rowsIn(c, kind, select));
  }

  getIndexEntries(ids: readonly string[]): Promise<StoryIndexEntry[]> {
    return this.run(async (c) =>
      parseAll<StoryIndexEntry>(
        (await c.query('SELECT data FROM story_index WHERE id = ANY($1::text[])', [ids])).rows,
      ),
    );
  }

  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    return this.run(async (c) => {
      const r = await c.query<{ article: string; story: string }>(
        'SELECT article, story FROM article_story WHERE article = ANY($1::text[])',
        [articleIds],
      );
      return new Map(r.rows.map((row) => [row.article, row.story]));
    });
  }

  private async run<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    if (!this.open) throw new StoreError('closed', this.target, `the workspace ${this.target} is closed`);
    try {
      return await fn(this.pool);
    } catch (e) {
      throw pgError(e, this.target, true);
    }
  }

  /**
   * One transaction on one connection. Writers also take a transaction-scoped advisory lock: batches
   * from several workers then never interleave (seq stays contiguous per batch) and cannot deadlock
   * on keys inserted in different orders; the costly work happens before, in each worker.
   */
  private transaction<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return this.run(async () => {
      const client = await checkOut(this.pool);
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
      return r.rows.map((row: { data: string }) => unpackArticle<Article>(row.data));
    });
  }

  getRelations(articleIds?: readonly string[], opts: { within?: boolean } = {}): Promise<Relation[]> {
    return this.run(async (c) => {
      const r = articleIds
        ? await c.query<RelationRow>(
            `${RELATIONS} WHERE from_id = ANY($1::text[]) ${opts.within ? 'AND' : 'OR'} to_id = ANY($1::text[]) ORDER BY seq`,
            [articleIds],
          )
        : await c.query<RelationRow>(`${RELATIONS} ORDER BY seq`);
      return r.rows.map((row) =>
        unpackRelation<Relation>(row.data, {
          kind: row.kind,
          from: row.from_id,
          to: row.to_id,
          score: row.score,
        }),
      );
    });
  }

  async findByBands(bands: readonly string[], opts: BandLookup = {}): Promise<Map<string, number>> {
    return (await this.findByBandsEach([bands], opts))[0]!;
  }

  findByBandsEach(
    lists: readonly (readonly string[])[],
    { top }: BandLookup = {},
  ): Promise<Map<string, number>[]> {
    const list: number[] = [];
    const keys: string[] = [];
    for (const [i, bands] of lists.entries())
      for (const key of new Set(bands.map(pgBand))) {
        list.push(i);
        keys.push(key);
      }
    return this.run(async (c) => {
      const out = lists.map(() => new Map<string, number>());
      if (!keys.length) return out;
      const r = await c.query<{ i: number; article: string; n: number }>(
        `SELECT h.i, a.id AS article, h.n FROM (SELECT i, article, n, rank() OVER (PARTITION BY i ORDER BY n DESC) AS r
           FROM (SELECT t.i, b.article, COUNT(*)::int AS n FROM unnest($1::int[], $2::bigint[]) AS t(i, band)
             JOIN bands b ON b.band = t.band GROUP BY t.i, b.article) g) h
         JOIN articles a ON a.seq = h.article WHERE $3::int IS NULL OR h.r <= $3::int
         ORDER BY h.i, h.n DESC, a.id`,
        [list, keys, top ?? null],
      );
      for (const row of r.rows) out[row.i]!.set(row.article, row.n);
      return out;
    });
  }

  getSpins(ids: readonly string[], stamp: number): Promise<Map<string, number>> {
    if (ids.length === 0) return Promise.resolve(new Map());
    return this.run(async (c) => {
      const r = await c.query<{ id: string; spin: number }>(
        'SELECT id, spin FROM articles WHERE id = ANY($1::text[]) AND spin_stamp = $2',
        [ids, stamp],
      );
      return new Map(r.rows.map((row) => [row.id, row.spin]));
    });
  }

  getState<T = unknown>(name: string): Promise<T | null> {
    return this.run(async (c) => {
      const r = await c.query<{ data: string }>('SELECT data FROM state WHERE name = $1', [name]);
      return r.rows[0] ? (JSON.parse(r.rows[0].data) as T) : null;
    });
  }

  getStories(ids?: readonly string[]): Promise<StoryGroup[]> {
    return this.run(async (c) =>
      parseAll<StoryGroup>(
        (ids
          ? await c.query('SELECT data FROM stories WHERE id = ANY($1::text[]) ORDER BY seq', [ids])
          : await c.query('SELECT data FROM stories ORDER BY seq')
        ).rows,
      ),
    );
  }

  async commit(batch: WorkspaceBatch): Promise<void> {
    // Encoded before the transaction opens: a value that cannot be stored costs no round trip.
    const rows = encodeBatch(batch, this.target);
    await this.transaction((c) => writeRows(c, rows, this.target));
    await this.run((c) => this.analyzer.after(c, rows.articles.length));
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

  storage(): Promise<{ bytes: number; largest: { bytes: number; where: string } }> {
    return this.run(async (c) => {
      const size = await c.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
      let largest = { bytes: 0, where: '' };
      for (const table of STORED_VALUES) {
        const r = await c.query<{ n: number | null }>(
          `SELECT MAX(octet_length(data))::int AS n FROM ${table}`,
        );
        const n = r.rows[0]?.n ?? 0;
        if (n > largest.bytes) largest = { bytes: n, where: table };
      }
      return { bytes: Number(size.rows[0]?.n ?? 0), largest };
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
