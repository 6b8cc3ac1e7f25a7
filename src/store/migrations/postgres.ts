// The PostgreSQL schema: the same tables and keys as SQLite's. JSON is kept as text, not jsonb:
// jsonb rejects "\u0000" and reorders keys, and an article must come back exactly as written.
import { pgBandSql } from '../codec.js';
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
    name: 'archive-rows',
    sql: `
      CREATE TABLE cluster_rows (
        kind text NOT NULL,
        id text NOT NULL,
        ord bigint NOT NULL,
        hot boolean NOT NULL,
        data text,
        PRIMARY KEY (kind, id)
      );
      CREATE INDEX cluster_rows_hot ON cluster_rows (kind, hot, ord);

      CREATE TABLE article_story (
        article text PRIMARY KEY,
        story text NOT NULL
      );
      CREATE INDEX article_story_story ON article_story (story);

      CREATE SEQUENCE story_index_seq;
      CREATE TABLE story_index (
        id text PRIMARY KEY,
        seq bigint NOT NULL UNIQUE,
        growth integer NOT NULL,
        first_day text,
        last_day text,
        changed_at text NOT NULL,
        data text NOT NULL
      );
      CREATE INDEX story_index_growth ON story_index (growth, seq);
      CREATE INDEX story_index_changed ON story_index (changed_at);

      CREATE TABLE story_terms (
        kind text NOT NULL,
        value text NOT NULL,
        story text NOT NULL,
        PRIMARY KEY (kind, value, story)
      );
      CREATE INDEX story_terms_story ON story_terms (story);

      CREATE TABLE briefings (
        story text PRIMARY KEY,
        revision integer NOT NULL,
        data text NOT NULL
      );

      CREATE TABLE entities (
        id text PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        aliases text NOT NULL
      );

      -- Full-text search: a weighted tsvector per article, story and entity (title A, body B).
      CREATE TABLE search_docs (
        kind text NOT NULL,
        ref text NOT NULL,
        tsv tsvector NOT NULL,
        PRIMARY KEY (kind, ref)
      );
      CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv);
    `,
  },
  {
    version: 3,
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
  {
    version: 4,
    name: 'compact',
    sql: `
      -- Band keys as bigints (codec.ts, pgBand) and the article as its seq: the table and its two
      -- indexes held the 10-character key and the article id as text, 42 times an article.
      CREATE TABLE bands_next (
        band bigint NOT NULL,
        article bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        PRIMARY KEY (band, article)
      );
      INSERT INTO bands_next (band, article)
        SELECT ${pgBandSql('b.band')}, a.seq FROM bands b JOIN articles a ON a.id = b.article
        ON CONFLICT DO NOTHING;
      DROP TABLE bands;
      ALTER TABLE bands_next RENAME TO bands;
      ALTER TABLE bands RENAME CONSTRAINT bands_next_pkey TO bands_pkey;
      ALTER TABLE bands RENAME CONSTRAINT bands_next_article_fkey TO bands_article_fkey;
      CREATE INDEX bands_article ON bands (article);
    `,
  },
  {
    version: 5,
    name: 'spin-scores',
    sql: `
      -- Each article's intrinsic spin score, with the stamp of the scorer that made it (see sqlite.ts).
      ALTER TABLE articles ADD COLUMN spin double precision;
      ALTER TABLE articles ADD COLUMN spin_stamp bigint;
    `,
  },
]);

export const PG_SCHEMA_VERSION = latestVersion(PG_MIGRATIONS);
