// Feed subscriptions and item records on the PostgreSQL workspace (types/feeds.ts).
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
import type { Client } from './postgres-write.js';

type Run = <T>(fn: (client: Client) => Promise<T>) => Promise<T>;

export class PostgresFeeds implements FeedStore {
  constructor(
    private readonly run: Run,
    private readonly transaction: Run,
    private readonly target: string,
  ) {}

  private async all(c: Client): Promise<Subscription[]> {
    return (await c.query<FeedRow>(LIST_FEEDS)).rows.map(subscriptionOf);
  }

  addFeeds(feeds: readonly NewSubscription[], now: string): Promise<Subscription[]> {
    return this.transaction(async (c) => {
      const added = new Set<string>();
      for (const f of feeds) {
        const r = await c.query(
          `INSERT INTO feeds (id, url, title, site_url, added_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [feedId(f.url), f.url, f.title ?? null, f.siteUrl ?? null, now],
        );
        if ((r.rowCount ?? 0) > 0) added.add(f.url);
      }
      return (await this.all(c)).filter((s) => added.has(s.url));
    });
  }

  listFeeds(): Promise<Subscription[]> {
    return this.run((c) => this.all(c));
  }

  removeFeed(urlOrId: string): Promise<boolean> {
    return this.run(
      async (c) =>
        ((await c.query('DELETE FROM feeds WHERE url = $1 OR id = $1', [urlOrId])).rowCount ?? 0) > 0,
    );
  }

  updateFeed(id: string, update: SubscriptionUpdate): Promise<void> {
    const cols = updateColumns(update);
    if (!cols.length) return Promise.resolve();
    const sets = cols.map(([c], i) => `${c} = $${i + 1}`).join(', ');
    return this.run(async (c) => {
      try {
        await c.query(`UPDATE feeds SET ${sets} WHERE id = $${cols.length + 1}`, [
          ...cols.map(([, v]) => v),
          id,
        ]);
      } catch (e) {
        if ((e as { code?: string }).code !== '23505') throw e;
        throw new StoreError(
          'conflict',
          this.target,
          `${this.target}: another feed is already at ${update.url}`,
        );
      }
    });
  }

  seenItemKeys(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return Promise.resolve(new Set());
    return this.run(async (c) => {
      const r = await c.query<{ key: string }>('SELECT key FROM feed_items WHERE key = ANY($1::text[])', [
        keys,
      ]);
      return new Set(r.rows.map((row) => row.key));
    });
  }

  recordItems(items: readonly FeedItemRecord[]): Promise<void> {
    if (!items.length) return Promise.resolve();
    return this.transaction(async (c) => {
      for (const i of items)
        await c.query(
          `INSERT INTO feed_items (key, feed, article, pending_page, attempts, retry_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO UPDATE SET feed = excluded.feed,
           article = excluded.article, pending_page = excluded.pending_page, attempts = excluded.attempts,
           retry_at = excluded.retry_at`,
          itemValues(i),
        );
    });
  }

  pendingPages(feed: string, now: string): Promise<FeedItemRecord[]> {
    return this.run(async (c) => {
      const r = await c.query<ItemRow>(
        `SELECT * FROM feed_items WHERE feed = $1 AND pending_page IS NOT NULL AND retry_at <= $2
         ORDER BY retry_at, key`,
        [feed, now],
      );
      return r.rows.map(itemOf);
    });
  }
}
