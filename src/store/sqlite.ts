// The workspace on one SQLite file (better-sqlite3): embedded, one writer at a time, readers never
// blocked. Calls are synchronous underneath and exposed as promises to fit the shared interface.
import type Database from 'better-sqlite3';
import { STAGE_DEFAULTS } from '../config/defaults.js';
import type { StoryIndexEntry, StoryQuery } from '../types/archive.js';
import type { Article } from '../types/article.js';
import type { StoryGroup } from '../types/stages.js';
import type { BandLookup, Workspace, WorkspaceBatch, WorkspaceStats } from '../types/store.js';
import type { Relation, Story } from '../types/story.js';
import { ArchiveDelegate, ArchiveReads } from './archive-reader.js';
import { deflate, inflate, packRelation, storedBand, unpackArticle, unpackRelation } from './codec.js';
import type { StoreConfig } from './config.js';
import { StoreError, stateConflict } from './errors.js';
import { type BatchRows, encodeBatch, missingArticles } from './rows.js';
import { ftsQuery } from './search-text.js';
import { IN_LIST, SqliteArchive } from './sqlite-archive.js';
import { SqliteFeeds } from './sqlite-feeds.js';
import { openSqliteDatabase, sqliteError } from './sqlite-open.js';
import { withoutArticle } from './stories.js';

const SQL = {
  has: `SELECT id FROM articles WHERE id ${IN_LIST}`,
  articlesAll: 'SELECT data FROM articles ORDER BY seq',
  articlesByIds: `SELECT data FROM articles WHERE id ${IN_LIST} ORDER BY seq`,
  relationsAll: 'SELECT kind, from_id, to_id, score, data FROM relations ORDER BY seq',
  relationsWithin: `SELECT kind, from_id, to_id, score, data FROM relations WHERE from_id ${IN_LIST}
    AND to_id ${IN_LIST} ORDER BY seq`,
  relationsFor: `SELECT kind, from_id, to_id, score, data FROM relations WHERE seq IN (SELECT seq FROM relations WHERE from_id ${IN_LIST}
    UNION SELECT seq FROM relations WHERE to_id ${IN_LIST}) ORDER BY seq`,
  // Ranked before the join: only the articles kept are looked up by seq (at 200,000 articles a new
  // one shares keys with ~330 stored ones, of which the first 8 are wanted).
  byBands: `SELECT a.id AS article, b.n FROM (SELECT article, n, rank() OVER (ORDER BY n DESC) AS r
    FROM (SELECT article, COUNT(*) AS n FROM bands WHERE band ${IN_LIST} GROUP BY article)) b
    JOIN articles a ON a.seq = b.article WHERE b.r <= ? ORDER BY b.n DESC, a.id`,
  state: 'SELECT data FROM state WHERE name = ?',
  stories: 'SELECT data FROM stories ORDER BY seq',
  storiesByIds: `SELECT data FROM stories WHERE id ${IN_LIST} ORDER BY seq`,
  indexByIds: `SELECT data FROM story_index WHERE id ${IN_LIST}`,
  storiesWith: `SELECT data FROM stories WHERE EXISTS (SELECT 1 FROM json_each(data, '$.articles') WHERE value = ?)`,
  insertArticle: `INSERT INTO articles (id, seq, published, input, data)
    VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  insertRelation: `INSERT INTO relations (from_id, to_id, kind, score, data) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`,
  seqOf: 'SELECT seq FROM articles WHERE id = ?',
  spins: `SELECT id, spin FROM articles WHERE id ${IN_LIST} AND spin_stamp = ?`,
  setSpin: 'UPDATE articles SET spin = ?, spin_stamp = ? WHERE id = ?',
  insertBand: 'INSERT INTO bands (band, article) VALUES (?, ?) ON CONFLICT DO NOTHING',
  upsertState:
    'INSERT INTO state (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data',
  deleteState: 'DELETE FROM state WHERE name = ?',
  upsertStory: `INSERT INTO stories (id, seq, data) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM stories), ?)
    ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
  deleteStory: 'DELETE FROM stories WHERE id = ?',
  deleteArticle: 'DELETE FROM articles WHERE id = ?',
  updateArticle: 'UPDATE articles SET data = ? WHERE id = ?',
  counts: `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM relations) AS relations,
    (SELECT COUNT(*) FROM stories) AS stories`,
} as const;

/** The tables holding JSON values, as `storage()` scans them. */
export const STORED_VALUES = [
  'articles',
  'relations',
  'state',
  'stories',
  'cluster_rows',
  'story_index',
  'briefings',
];

type Statements = { [K in keyof typeof SQL]: Database.Statement };

const parseAll = <T>(rows: unknown[]): T[] => rows.map((r) => JSON.parse((r as { data: string }).data) as T);
type RelationRow = { kind: string; from_id: string; to_id: string; score: number; data: string | Buffer };
/** Relations stored deflated (they carry long evidence lists; rows written before read as text). */
const parseRelations = (rows: unknown[]): Relation[] =>
  (rows as RelationRow[]).map((r) =>
    unpackRelation<Relation>(inflate(r.data), { kind: r.kind, from: r.from_id, to: r.to_id, score: r.score }),
  );
const parseArticles = (rows: unknown[]): Article[] =>
  rows.map((r) => unpackArticle<Article>(inflate((r as { data: string | Buffer }).data)));

export class SqliteWorkspace extends ArchiveDelegate implements Workspace {
  readonly kind = 'sqlite' as const;
  private readonly st: Statements;
  private readonly archive: SqliteArchive;
  protected readonly reads: ArchiveReads;
  private open = true;
  protected readonly feeds: SqliteFeeds;

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {
    super();
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
    this.feeds = new SqliteFeeds(db, (fn) => this.run(fn), path);
    this.archive = new SqliteArchive(db);
    const sync =
      <A extends unknown[], T>(fn: (...a: A) => T) =>
      (...a: A) =>
        this.run(() => fn(...a));
    this.reads = new ArchiveReads({
      listStories: sync((q: StoryQuery) => this.archive.listStories(q)),
      briefing: sync((id: string) => this.archive.briefing<Story>(id)?.data ?? null),
      indexEntries: (ids) => this.getIndexEntries(ids),
      getArticles: (ids) => this.getArticles(ids),
      getRelations: (ids) => this.getRelations(ids, { within: true }),
      storiesOf: (ids) => this.storiesOf(ids),
      match: sync((q: string, kinds: readonly string[], limit: number, offset: number) => {
        const fts = ftsQuery(q);
        return fts ? this.archive.match(fts, kinds, limit, offset) : [];
      }),
      entity: sync((id: string) => this.archive.entity(id)),
    });
  }

  getRows(kind: string, select: { hot: true } | { ids: readonly string[] }) {
    return this.run(() => this.archive.rows(kind, select));
  }

  getIndexEntries(ids: readonly string[]): Promise<StoryIndexEntry[]> {
    return this.run(() => parseAll<StoryIndexEntry>(this.st.indexByIds.all(JSON.stringify(ids))));
  }

  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    return this.run(() => this.archive.storiesOf(articleIds));
  }

  /** Runs one call: refused after close, SQLite failures mapped to typed errors naming the file. */
  private run<T>(fn: () => T): Promise<T> {
    if (!this.open)
      return Promise.reject(new StoreError('closed', this.path, `the workspace ${this.path} is closed`));
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(sqliteError(e, this.path));
    }
  }

  private storedOf(ids: readonly string[]): Set<string> {
    if (ids.length === 0) return new Set();
    return new Set(this.st.has.pluck().all(JSON.stringify(ids)) as string[]);
  }

  hasArticles(ids: readonly string[]): Promise<Set<string>> {
    return this.run(() => this.storedOf(ids));
  }

  getArticles(ids?: readonly string[]): Promise<Article[]> {
    return this.run(() =>
      parseArticles(ids ? this.st.articlesByIds.all(JSON.stringify(ids)) : this.st.articlesAll.all()),
    );
  }

  getRelations(articleIds?: readonly string[], opts: { within?: boolean } = {}): Promise<Relation[]> {
    return this.run(() => {
      if (!articleIds) return parseRelations(this.st.relationsAll.all());
      const list = JSON.stringify(articleIds);
      const st = opts.within ? this.st.relationsWithin : this.st.relationsFor;
      return parseRelations(st.all(list, list));
    });
  }

  findByBands(bands: readonly string[], opts: BandLookup = {}): Promise<Map<string, number>> {
    return this.run(() => this.byBands(bands, opts));
  }

  findByBandsEach(
    lists: readonly (readonly string[])[],
    opts: BandLookup = {},
  ): Promise<Map<string, number>[]> {
    return this.run(() => lists.map((bands) => this.byBands(bands, opts)));
  }

  private byBands(
    bands: readonly string[],
    { top = Number.MAX_SAFE_INTEGER }: BandLookup,
  ): Map<string, number> {
    const keys = [...new Set(bands)].map(storedBand);
    const rows = this.st.byBands.all(JSON.stringify(keys), top) as { article: string; n: number }[];
    return new Map(rows.map((r) => [r.article, r.n]));
  }

  getSpins(ids: readonly string[], stamp: number): Promise<Map<string, number>> {
    return this.run(() => {
      if (ids.length === 0) return new Map();
      const rows = this.st.spins.all(JSON.stringify(ids), stamp) as { id: string; spin: number }[];
      return new Map(rows.map((r) => [r.id, r.spin]));
    });
  }

  getState<T = unknown>(name: string): Promise<T | null> {
    return this.run(() => {
      const row = this.st.state.get(name) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as T) : null;
    });
  }

  getStories(ids?: readonly string[]): Promise<StoryGroup[]> {
    return this.run(() =>
      parseAll<StoryGroup>(ids ? this.st.storiesByIds.all(JSON.stringify(ids)) : this.st.stories.all()),
    );
  }

  commit(batch: WorkspaceBatch): Promise<void> {
    return this.run(() => {
      const rows = encodeBatch(batch, this.path);
      // IMMEDIATE: take the write lock first, so two writers queue instead of failing to upgrade.
      this.db.transaction(() => this.write(rows)).immediate();
    });
  }

  private write(rows: BatchRows): void {
    if (rows.expect) {
      const found = (this.st.state.get(rows.expect.name) as { data: string } | undefined)?.data ?? null;
      if (found !== rows.expect.data) throw stateConflict(this.path, rows.expect.name, found);
    }
    for (const id of rows.deletedArticles) {
      this.st.deleteArticle.run(id);
      this.archive.forgetArticle(id);
    }
    for (const a of rows.updatedArticles) this.st.updateArticle.run(deflate(a.data), a.id);
    for (const a of rows.articles) this.st.insertArticle.run(a.id, a.published, a.input, deflate(a.data));
    // Checked after the articles are written, so a refused batch also exercises the rollback.
    const problem = missingArticles(this.path, rows.outside, this.storedOf([...rows.outside.keys()]));
    if (problem) throw problem;
    for (const r of rows.relations)
      this.st.insertRelation.run(r.from, r.to, r.kind, r.score, deflate(packRelation(r.data)));
    this.writeBands(rows.bands);
    for (const s of rows.spins) this.st.setSpin.run(s.score, s.stamp, s.article);
    for (const s of rows.state) {
      if (s.data === null) this.st.deleteState.run(s.name);
      else this.st.upsertState.run(s.name, s.data);
    }
    for (const id of rows.deletedStories) this.st.deleteStory.run(id);
    for (const s of rows.stories) this.st.upsertStory.run(s.id, s.data);
    this.archive.write(rows);
  }

  /** A band row names its article by seq (looked up once an article): the rows are 42 an article. */
  private writeBands(bands: BatchRows['bands']): void {
    const seqs = new Map<string, number>();
    for (const b of bands) {
      let seq = seqs.get(b.article);
      if (seq === undefined) {
        seq = this.st.seqOf.pluck().get(b.article) as number;
        seqs.set(b.article, seq);
      }
      this.st.insertBand.run(storedBand(b.band), seq);
    }
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.run(() =>
      this.db
        .transaction(() => {
          // Stories first, while they still name the article: none may point at a deleted article.
          for (const story of parseAll<StoryGroup>(this.st.storiesWith.all(id))) {
            const kept = withoutArticle(story, id);
            if (kept) this.st.upsertStory.run(kept.id, JSON.stringify(kept));
            else this.st.deleteStory.run(story.id);
          }
          // Bands and relations go with it (ON DELETE CASCADE).
          return this.st.deleteArticle.run(id).changes > 0;
        })
        .immediate(),
    );
  }

  stats(): Promise<WorkspaceStats> {
    return this.run(() => {
      const c = this.st.counts.get() as { articles: number; relations: number; stories: number };
      const schemaVersion = this.db.pragma('user_version', { simple: true }) as number;
      return { articles: c.articles, relations: c.relations, stories: c.stories, schemaVersion };
    });
  }

  storage(): Promise<{ bytes: number; largest: { bytes: number; where: string } }> {
    return this.run(() => {
      const pages = this.db.pragma('page_count', { simple: true }) as number;
      const size = this.db.pragma('page_size', { simple: true }) as number;
      let largest = { bytes: 0, where: '' };
      for (const table of STORED_VALUES) {
        const n =
          (this.db.prepare(`SELECT MAX(length(data)) FROM ${table}`).pluck().get() as number | null) ?? 0;
        if (n > largest.bytes) largest = { bytes: n, where: table };
      }
      return { bytes: pages * size, largest };
    });
  }

  close(): Promise<void> {
    if (this.open) {
      this.open = false;
      // Refreshes the planner's statistics where they are stale, as SQLite recommends. Only writes
      // make them stale: a connection that changed no row (a read) leaves them to the writers, and
      // spares every `stories` or `brief` run an ANALYZE (15-40 ms on a 20k-article workspace).
      try {
        if (this.db.prepare('SELECT total_changes() AS n').pluck().get() !== 0) this.db.pragma('optimize');
      } catch {
        // Busy or read-only: statistics stay as they were, which is only slower.
      }
      this.db.close();
    }
    return Promise.resolve();
  }
}

/**
 * Opens (creating and migrating when needed) the workspace in the SQLite file at `path`, with
 * settings taken as valid over the defaults: openWorkspace validates the settings a user gave.
 */
export function openSqliteWorkspace(path: string, settings?: Partial<StoreConfig>): Workspace {
  return new SqliteWorkspace(openSqliteDatabase(path, { ...STAGE_DEFAULTS.store, ...settings }), path);
}
