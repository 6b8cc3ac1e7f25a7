// The archive side of the SQLite workspace: engine rows, the story index, materialised briefings,
// entities and full-text search (FTS5), written inside the caller's transaction and read by page.
import type Database from 'better-sqlite3';
import type { Page, StoryIndexEntry, StoryQuery } from '../types/archive.js';
import { deflate, inflate } from './codec.js';
import type { BatchRows } from './rows.js';
import { decodeCursor, encodeCursor, isNumber } from './search-text.js';

// A list travels as one JSON parameter, so no statement ever hits SQLite's bound-variable limit.
export const IN_LIST = 'IN (SELECT value FROM json_each(?))';

const SQL = {
  upsertRow: `INSERT INTO cluster_rows (kind, id, ord, hot, data) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (kind, id) DO UPDATE SET ord = excluded.ord, hot = excluded.hot, data = excluded.data`,
  removeRow: 'DELETE FROM cluster_rows WHERE kind = ? AND id = ?',
  hotRows: 'SELECT id, ord, data FROM cluster_rows WHERE kind = ? AND hot = 1 ORDER BY ord',
  rowsByIds: `SELECT id, ord, data FROM cluster_rows WHERE kind = ? AND id ${IN_LIST} ORDER BY ord`,
  placeArticle: `INSERT INTO article_story (article, story) VALUES (?, ?)
    ON CONFLICT (article) DO UPDATE SET story = excluded.story`,
  storiesOf: `SELECT article, story FROM article_story WHERE article ${IN_LIST}`,
  unplaceArticle: 'DELETE FROM article_story WHERE article = ?',
  dropStory: [
    'DELETE FROM story_index WHERE id = ?',
    'DELETE FROM story_terms WHERE story = ?',
    'DELETE FROM briefings WHERE story = ?',
  ],
  upsertIndex: `INSERT INTO story_index (id, seq, growth, first_day, last_day, changed_at, data)
    VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM story_index), ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, growth = excluded.growth, first_day = excluded.first_day,
      last_day = excluded.last_day, changed_at = excluded.changed_at, data = excluded.data`,
  dropTerms: 'DELETE FROM story_terms WHERE story = ?',
  addTerm: 'INSERT INTO story_terms (kind, value, story) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  upsertBriefing: `INSERT INTO briefings (story, revision, data) VALUES (?, ?, ?)
    ON CONFLICT (story) DO UPDATE SET revision = excluded.revision, data = excluded.data`,
  upsertEntity: `INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases`,
  docId: 'SELECT rowid FROM search_docs WHERE kind = ? AND ref = ?',
  addDoc: 'INSERT INTO search_docs (kind, ref) VALUES (?, ?)',
  dropDoc: 'DELETE FROM search_docs WHERE rowid = ?',
  dropFts: 'DELETE FROM search_fts WHERE rowid = ?',
  addFts: 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)',
  briefing: 'SELECT revision, data FROM briefings WHERE story = ?',
  entity: 'SELECT id, name, type, aliases FROM entities WHERE id = ?',
  entityStories: "SELECT COUNT(*) FROM story_terms WHERE kind = 'entity' AND value = ?",
} as const;

type Stmts = {
  [K in keyof typeof SQL]: (typeof SQL)[K] extends readonly string[]
    ? Database.Statement[]
    : Database.Statement;
};

export class SqliteArchive {
  readonly st: Stmts;

  constructor(private readonly db: Database.Database) {
    this.st = Object.fromEntries(
      Object.entries(SQL).map(([k, sql]) => [
        k,
        Array.isArray(sql) ? sql.map((q) => db.prepare(q)) : db.prepare(sql as string),
      ]),
    ) as Stmts;
  }

  /** Inside the caller's transaction, after the stories themselves are written. */
  write(rows: BatchRows): void {
    for (const r of rows.keyed.remove) this.st.removeRow.run(r.kind, r.id);
    for (const r of rows.keyed.upsert)
      this.st.upsertRow.run(r.kind, r.id, r.ord, r.hot ? 1 : 0, r.data === null ? null : deflate(r.data));
    for (const id of rows.deletedStories) this.dropStory(id);
    for (const a of rows.articleStory) this.st.placeArticle.run(a.article, a.story);
    for (const r of rows.records) {
      this.st.upsertIndex.run(r.id, r.growth, r.firstDay, r.lastDay, r.changedAt, r.index);
      this.st.dropTerms.run(r.id);
      for (const t of r.terms) this.st.addTerm.run(t.kind, t.value, r.id);
      this.st.upsertBriefing.run(r.id, r.revision, deflate(r.briefing));
      for (const e of r.entities) {
        this.st.upsertEntity.run(e.id, e.name, e.type, e.aliases);
        this.index('entity', e.id, e.name, (JSON.parse(e.aliases) as string[]).join(' '));
      }
      this.index('story', r.id, r.search.title, r.search.body);
    }
    for (const a of rows.articleDocs) this.index('article', a.id, a.title, a.body, false);
  }

  /** (Re)indexes one search document; an article's text never changes, so it is indexed once. */
  index(kind: string, ref: string, title: string, body: string, replace = true): void {
    const found = this.st.docId.pluck().get(kind, ref) as number | undefined;
    if (found !== undefined && !replace) return;
    if (found !== undefined) this.st.dropFts.run(found);
    const rowid = found ?? Number(this.st.addDoc.run(kind, ref).lastInsertRowid);
    this.st.addFts.run(rowid, title, body);
  }

  unindex(kind: string, ref: string): void {
    const found = this.st.docId.pluck().get(kind, ref) as number | undefined;
    if (found === undefined) return;
    this.st.dropFts.run(found);
    this.st.dropDoc.run(found);
  }

  /** What the archive holds of a deleted article: its placement and its search document. */
  forgetArticle(id: string): void {
    this.st.unplaceArticle.run(id);
    this.unindex('article', id);
  }

  dropStory(id: string): void {
    for (const s of this.st.dropStory) s.run(id);
    this.unindex('story', id);
  }

  rows(kind: string, select: { hot: true } | { ids: readonly string[] }) {
    const raw = (
      'ids' in select ? this.st.rowsByIds.all(kind, JSON.stringify(select.ids)) : this.st.hotRows.all(kind)
    ) as { id: string; ord: number; data: Buffer | string | null }[];
    return raw.map((r) => ({
      id: r.id,
      ord: r.ord,
      data: r.data === null ? null : JSON.parse(inflate(r.data)),
    }));
  }

  storiesOf(ids: readonly string[]): Map<string, string> {
    const rows = this.st.storiesOf.all(JSON.stringify(ids)) as { article: string; story: string }[];
    return new Map(rows.map((r) => [r.article, r.story]));
  }

  briefing<T>(story: string): { revision: number; data: T } | null {
    const row = this.st.briefing.get(story) as { revision: number; data: Buffer | string } | undefined;
    return row ? { revision: row.revision, data: JSON.parse(inflate(row.data)) as T } : null;
  }

  entity(id: string): { id: string; name: string; type: string; aliases: string[]; stories: number } | null {
    const row = this.st.entity.get(id) as
      | { id: string; name: string; type: string; aliases: string }
      | undefined;
    if (!row) return null;
    const stories = this.st.entityStories.pluck().get(id) as number;
    return { ...row, aliases: JSON.parse(row.aliases) as string[], stories };
  }

  /** One page of the story index, filtered and ordered as asked. */
  listStories(q: StoryQuery): Page<StoryIndexEntry> {
    const limit = Math.min(Math.max(q.limit ?? 20, 1), 200);
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.since) where.push('last_day >= ?') && args.push(q.since);
    if (q.until) where.push('first_day <= ?') && args.push(q.until);
    if (q.changedSince) where.push('changed_at > ?') && args.push(q.changedSince);
    for (const [kind, value] of [
      ['outlet', q.outlet],
      ['entity', q.entity],
      ['language', q.language],
    ] as const)
      if (value)
        where.push('id IN (SELECT story FROM story_terms WHERE kind = ? AND value = ?)') &&
          args.push(kind, value);
    const growing = q.order === 'growing';
    const at = decodeCursor(q.cursor, (v): v is number[] => Array.isArray(v) && v.every(isNumber));
    if (at && growing)
      where.push('(growth < ? OR (growth = ? AND seq < ?))') && args.push(at[0], at[0], at[1]);
    else if (at) where.push('seq < ?') && args.push(at[0]);
    const sql = `SELECT seq, growth, data FROM story_index ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${growing ? 'growth DESC, seq DESC' : 'seq DESC'} LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, limit + 1) as {
      seq: number;
      growth: number;
      data: string;
    }[];
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      items: rows.slice(0, limit).map((r) => JSON.parse(r.data) as StoryIndexEntry),
      next: last ? encodeCursor(growing ? [last.growth, last.seq] : [last.seq]) : null,
    };
  }

  /** Ranked FTS5 matches (best first) of documents of the given kinds. */
  match(fts: string, kinds: readonly string[], limit: number, offset: number) {
    return this.db
      .prepare(
        `SELECT d.kind, d.ref, -bm25(search_fts, 4.0, 1.0) AS score FROM search_fts
         JOIN search_docs d ON d.rowid = search_fts.rowid
         WHERE search_fts MATCH ? AND d.kind ${IN_LIST} ORDER BY bm25(search_fts, 4.0, 1.0) LIMIT ? OFFSET ?`,
      )
      .all(fts, JSON.stringify(kinds), limit, offset) as { kind: string; ref: string; score: number }[];
  }
}
