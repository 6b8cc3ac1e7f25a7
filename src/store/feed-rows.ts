// Subscriptions and feed items as table rows, shared by the SQLite and PostgreSQL feed stores: the
// columns, a row back to a Subscription, and an update as the columns it sets.
import { createHash } from 'node:crypto';
import type { FeedItemRecord, Subscription, SubscriptionUpdate } from '../types/feeds.js';

/** Update fields and their columns: data, so a new field is one more row. */
export const FEED_COLUMNS: Record<keyof SubscriptionUpdate, string> = {
  url: 'url',
  title: 'title',
  siteUrl: 'site_url',
  etag: 'etag',
  lastModified: 'last_modified',
  lastCheckedAt: 'last_checked_at',
  lastSuccessAt: 'last_success_at',
  lastError: 'last_error',
  errorCount: 'error_count',
  nextPollAt: 'next_poll_at',
  minIntervalSec: 'min_interval_sec',
};

/** Every subscription with the number of articles its items were added as. */
export const LIST_FEEDS = `SELECT f.*, (SELECT COUNT(DISTINCT i.article) FROM feed_items i WHERE i.feed = f.id) AS items
  FROM feeds f ORDER BY f.seq`;

export interface FeedRow {
  id: string;
  url: string;
  title: string | null;
  site_url: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  error_count: number | string;
  next_poll_at: string | null;
  min_interval_sec: number | string | null;
  items: number | string;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function subscriptionOf(r: FeedRow): Subscription {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    siteUrl: r.site_url,
    addedAt: r.added_at,
    etag: r.etag,
    lastModified: r.last_modified,
    lastCheckedAt: r.last_checked_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    errorCount: Number(r.error_count),
    nextPollAt: r.next_poll_at,
    minIntervalSec: num(r.min_interval_sec),
    items: Number(r.items),
  };
}

/** The id a subscription keeps for life: from the URL first subscribed to. */
export function feedId(url: string): string {
  return `f-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/** `[column, value]` pairs an update sets, in a fixed order. */
export function updateColumns(update: SubscriptionUpdate): [string, unknown][] {
  return (Object.keys(FEED_COLUMNS) as (keyof SubscriptionUpdate)[])
    .filter((k) => update[k] !== undefined)
    .map((k) => [FEED_COLUMNS[k], update[k]]);
}

export interface ItemRow {
  key: string;
  feed: string;
  article: string;
  pending_page: string | null;
  attempts: number | string;
  retry_at: string | null;
}

export function itemOf(r: ItemRow): FeedItemRecord {
  return {
    key: r.key,
    feed: r.feed,
    article: r.article,
    pendingPage: r.pending_page,
    attempts: Number(r.attempts),
    retryAt: r.retry_at,
  };
}

export const itemValues = (i: FeedItemRecord) => [
  i.key,
  i.feed,
  i.article,
  i.pendingPage,
  i.attempts,
  i.retryAt,
];
