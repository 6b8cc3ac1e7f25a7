// The PostgreSQL schema: the same tables and keys as SQLite's. JSON is kept as text, not jsonb:
// jsonb rejects "\u0000" and reorders keys, and an article must come back exactly as written.
import { checkedMigrations, latestVersion, type Migration } from './index.js';

/** Records which migrations ran; named so it cannot be mistaken for another tool's table. */
export const PG_VERSION_TABLE = 'newsfuse_schema_version';

export const PG_MIGRATIONS: readonly Migration[] = checkedMigrations([
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        published text,
        input text NOT NULL,
        data text NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_input ON articles (input);

      CREATE TABLE relations (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        from_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        to_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind text NOT NULL,
        score double precision NOT NULL,
        data text NOT NULL,
        UNIQUE (from_id, to_id, kind)
      );
      CREATE INDEX relations_to ON relations (to_id);

      CREATE TABLE bands (
        band text NOT NULL,
        article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, article)
      );
      CREATE INDEX bands_article ON bands (article);

      CREATE TABLE state (
        name text PRIMARY KEY,
        data text NOT NULL
      );

      CREATE TABLE stories (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        data text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'feeds',
    sql: `
      CREATE TABLE feeds (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        url text NOT NULL UNIQUE,
        title text,
        site_url text,
        added_at text NOT NULL,
        etag text,
        last_modified text,
        last_checked_at text,
        last_success_at text,
        last_error text,
        error_count integer NOT NULL DEFAULT 0,
        next_poll_at text,
        min_interval_sec integer
      );

      CREATE TABLE feed_items (
        key text PRIMARY KEY,
        feed text NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        article text NOT NULL,
        pending_page text,
        attempts integer NOT NULL DEFAULT 0,
        retry_at text
      );
      CREATE INDEX feed_items_feed ON feed_items (feed, retry_at);
    `,
  },
]);

export const PG_SCHEMA_VERSION = latestVersion(PG_MIGRATIONS);
