// Feed subscriptions and item records on the SQLite workspace (types/feeds.ts).
import type Database from 'better-sqlite3';
import type {
  FeedItemRecord,
  FeedStore,
  NewSubscription,
  Subscription,
  SubscriptionUpdate,
} from '../types/feeds.js';
import { StoreError } from './errors.js';
import {
  type FeedRow,
  feedId,
  type ItemRow,
  itemOf,
  itemValues,
  LIST_FEEDS,
  subscriptionOf,
  updateColumns,
} from './feed-rows.js';

const SQL = {
  list: LIST_FEEDS,
  insert: `INSERT INTO feeds (id, seq, url, title, site_url, added_at)
    VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feeds), ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  remove: 'DELETE FROM feeds WHERE url = ? OR id = ?',
  seen: 'SELECT key FROM feed_items WHERE key IN (SELECT value FROM json_each(?))',
  record: `INSERT INTO feed_items (key, feed, article, pending_page, attempts, retry_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET feed = excluded.feed, article = excluded.article,
    pending_page = excluded.pending_page, attempts = excluded.attempts, retry_at = excluded.retry_at`,
  pending: `SELECT * FROM feed_items WHERE feed = ? AND pending_page IS NOT NULL AND retry_at <= ?
    ORDER BY retry_at, key`,
} as const;

type Run = <T>(fn: () => T) => Promise<T>;

export class SqliteFeeds implements FeedStore {
  private readonly st: { [K in keyof typeof SQL]: Database.Statement };

  constructor(
    private readonly db: Database.Database,
    private readonly run: Run,
    private readonly path: string,
  ) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as {
      [K in keyof typeof SQL]: Database.Statement;
    };
  }

  private all(): Subscription[] {
    return (this.st.list.all() as FeedRow[]).map(subscriptionOf);
  }

  addFeeds(feeds: readonly NewSubscription[], now: string): Promise<Subscription[]> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const added = new Set<string>();
          for (const f of feeds) {
            const r = this.st.insert.run(feedId(f.url), f.url, f.title ?? null, f.siteUrl ?? null, now);
            if (r.changes > 0) added.add(f.url);
          }
          return this.all().filter((s) => added.has(s.url));
        })
        .immediate(),
    );
  }

  listFeeds(): Promise<Subscription[]> {
    return this.run(() => this.all());
  }

  removeFeed(urlOrId: string): Promise<boolean> {
    return this.run(() => this.st.remove.run(urlOrId, urlOrId).changes > 0);
  }

  updateFeed(id: string, update: SubscriptionUpdate): Promise<void> {
    const cols = updateColumns(update);
    if (!cols.length) return Promise.resolve();
    const sql = `UPDATE feeds SET ${cols.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
    return this.run(() => {
      try {
        this.db.prepare(sql).run(...cols.map(([, v]) => v), id);
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
        throw new StoreError('conflict', this.path, `${this.path}: another feed is already at ${update.url}`);
      }
    });
  }

  seenItemKeys(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return Promise.resolve(new Set());
    return this.run(() => new Set(this.st.seen.pluck().all(JSON.stringify(keys)) as string[]));
  }

  recordItems(items: readonly FeedItemRecord[]): Promise<void> {
    return this.run(() =>
      this.db
        .transaction(() => {
          for (const i of items) this.st.record.run(...itemValues(i));
        })
        .immediate(),
    );
  }

  pendingPages(feed: string, now: string): Promise<FeedItemRecord[]> {
    return this.run(() => (this.st.pending.all(feed, now) as ItemRow[]).map(itemOf));
  }
}
