// The SQLite schema. JSON is kept as TEXT (exact round trip); the columns beside it are what
// lookups filter and sort on.
import { checkedMigrations, latestVersion, type Migration } from './index.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = checkedMigrations([
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        published TEXT,
        input TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_input ON articles (input);

      CREATE TABLE relations (
        seq INTEGER PRIMARY KEY,
        from_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (from_id, to_id, kind)
      );
      CREATE INDEX relations_to ON relations (to_id);

      -- Looked up by band (new article against old ones) and deleted by article.
      CREATE TABLE bands (
        band TEXT NOT NULL,
        article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, article)
      ) WITHOUT ROWID;
      CREATE INDEX bands_article ON bands (article);

      CREATE TABLE state (
        name TEXT PRIMARY KEY,
        data TEXT NOT NULL
      );

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        data TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'feeds',
    sql: `
      -- Subscriptions: seq keeps the order they were added (feeds list, OPML export).
      CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        added_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_checked_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT,
        min_interval_sec INTEGER
      );

      -- Every key an added item is known by (guid within its feed, link anywhere).
      CREATE TABLE feed_items (
        key TEXT PRIMARY KEY,
        feed TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        pending_page TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_at TEXT
      );
      CREATE INDEX feed_items_feed ON feed_items (feed, retry_at);
    `,
  },
]);

export const SQLITE_SCHEMA_VERSION = latestVersion(SQLITE_MIGRATIONS);
