// Feed subscriptions kept in the workspace (`newsfuse feeds …`, `newsfuse watch`): what is stored
// per feed (its HTTP validators, its schedule, its last outcome) and per item seen, so a poll asks
// only for what changed and an item is added once. Both stores implement FeedStore.

/** A feed as the user subscribes to it (a URL given, or an OPML outline). */
export interface NewSubscription {
  url: string;
  title?: string | null;
  /** The site the feed belongs to (OPML `htmlUrl`). */
  siteUrl?: string | null;
}

export interface Subscription {
  /** Stable id, from the URL first subscribed to: a permanent redirect changes `url`, never `id`. */
  id: string;
  url: string;
  title: string | null;
  siteUrl: string | null;
  /** ISO 8601 date-times throughout. */
  addedAt: string;
  /** Validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  /** The last poll's failure, one line; null once a poll succeeds. */
  lastError: string | null;
  /** Failures in a row: what the back-off grows with. */
  errorCount: number;
  /** When the feed is next due; null: due now (a new subscription). */
  nextPollAt: string | null;
  /** The shortest interval the feed asks for (RSS `ttl`, `sy:updatePeriod`), in seconds, or null. */
  minIntervalSec: number | null;
  /** Items of this feed added to the workspace. */
  items: number;
}

/** What a poll changes on a subscription; absent fields stay as they are. */
export type SubscriptionUpdate = Partial<
  Pick<
    Subscription,
    | 'url'
    | 'title'
    | 'siteUrl'
    | 'etag'
    | 'lastModified'
    | 'lastCheckedAt'
    | 'lastSuccessAt'
    | 'lastError'
    | 'errorCount'
    | 'nextPollAt'
    | 'minIntervalSec'
  >
>;

/**
 * One key under which a feed item is known: `guid:<feed id> <guid>` (guids are only unique within
 * their feed) or `link:<link without tracking parameters>` (the same page from any feed). An item is
 * seen when any of its keys is.
 */
export interface FeedItemRecord {
  key: string;
  /** Subscription id. */
  feed: string;
  /** The article the item was added as. */
  article: string;
  /** The item's page, while fetching it has failed and the article is the feed's summary. */
  pendingPage: string | null;
  attempts: number;
  /** When the page is tried again. */
  retryAt: string | null;
}

export interface FeedStore {
  /** Subscribes to each feed not yet subscribed (by URL); returns the ones added. */
  addFeeds(feeds: readonly NewSubscription[], now: string): Promise<Subscription[]>;
  /** Every subscription, in the order they were added. */
  listFeeds(): Promise<Subscription[]>;
  /** Unsubscribes, by URL or id; true when it was subscribed. Its item records go with it. */
  removeFeed(urlOrId: string): Promise<boolean>;
  /** Changes a subscription; a `url` another subscription already has is refused (StoreError `conflict`). */
  updateFeed(id: string, update: SubscriptionUpdate): Promise<void>;
  /** Which of these item keys are already recorded (for any feed). */
  seenItemKeys(keys: readonly string[]): Promise<Set<string>>;
  /** Records (or replaces, by key) items added to the workspace. */
  recordItems(items: readonly FeedItemRecord[]): Promise<void>;
  /** A feed's items whose page is to be fetched again by `now`. */
  pendingPages(feed: string, now: string): Promise<FeedItemRecord[]>;
}
