// The SQLite schema. JSON is kept as TEXT (exact round trip); the columns beside it are what
// lookups filter and sort on.
import { storedBandSql } from '../codec.js';
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
    name: 'archive-rows',
    sql: `
      -- The clusterer's state as rows (events, stories, remembered articles, term counts): a commit
      -- writes what changed, an ingest loads the hot rows (what placement still matches against).
      CREATE TABLE cluster_rows (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        hot INTEGER NOT NULL,
        data TEXT,
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_rows_hot ON cluster_rows (kind, hot, ord);

      -- Which story holds each article.
      CREATE TABLE article_story (
        article TEXT PRIMARY KEY,
        story TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX article_story_story ON article_story (story);

      -- The story index: one row a story, rewritten with a new seq on every change (newest first).
      CREATE TABLE story_index (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        growth INTEGER NOT NULL,
        first_day TEXT,
        last_day TEXT,
        changed_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX story_index_growth ON story_index (growth, seq);
      CREATE INDEX story_index_changed ON story_index (changed_at);

      -- What the list filters on: (outlet | entity | language, value) → story.
      CREATE TABLE story_terms (
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        story TEXT NOT NULL,
        PRIMARY KEY (kind, value, story)
      ) WITHOUT ROWID;
      CREATE INDEX story_terms_story ON story_terms (story);

      -- Each story's briefing as computed at its latest revision; reading never re-runs the brief.
      CREATE TABLE briefings (
        story TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        data BLOB NOT NULL
      );

      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL
      );

      -- Full-text search: one document per article, story and entity; the index alone is kept (the
      -- text is in the articles and briefings), porter-stemmed.
      CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref TEXT NOT NULL,
        UNIQUE (kind, ref)
      );
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body, content = '', contentless_delete = 1,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 3,
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
  {
    version: 4,
    name: 'compact',
    sql: `
      -- 1. Engine rows as an ordinary table: a WITHOUT ROWID table keeps at most about a quarter page
      -- of a row in its leaf, so every 1–6 KB row spilled its rest to an overflow page of its own,
      -- mostly empty (over half of the table was unused space).
      CREATE TABLE cluster_rows_next (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        hot INTEGER NOT NULL,
        data BLOB,
        PRIMARY KEY (kind, id)
      );
      INSERT INTO cluster_rows_next (kind, id, ord, hot, data)
        SELECT kind, id, ord, hot, data FROM cluster_rows ORDER BY kind, ord;
      DROP TABLE cluster_rows;
      ALTER TABLE cluster_rows_next RENAME TO cluster_rows;
      -- Only hot rows are ever loaded by kind: the term counts (most rows, never hot) stay out of it.
      CREATE INDEX cluster_rows_hot ON cluster_rows (kind, ord) WHERE hot = 1;

      -- 2. Band keys as integers (codec.ts, storedBand) and the article as its seq: the table and its
      -- index by article each held the key and the article id as text, 42 times an article. No
      -- declared type, so a key that is not a MinHash band stays text and never equals an integer.
      CREATE TABLE bands_next (
        band NOT NULL,
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        PRIMARY KEY (band, article)
      ) WITHOUT ROWID;
      INSERT INTO bands_next (band, article)
        SELECT ${storedBandSql('b.band')}, a.seq FROM bands b JOIN articles a ON a.id = b.article;
      DROP TABLE bands;
      ALTER TABLE bands_next RENAME TO bands;
      CREATE INDEX bands_article ON bands (article);

      -- 3. Entities keyed by id alone (small rows): the id was kept in the table and again in its index.
      CREATE TABLE entities_next (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO entities_next (id, name, type, aliases) SELECT id, name, type, aliases FROM entities;
      DROP TABLE entities;
      ALTER TABLE entities_next RENAME TO entities;
    `,
  },
  {
    version: 5,
    name: 'spin-scores',
    sql: `
      -- Each article's intrinsic spin score, with the stamp of the scorer that made it: a later batch
      -- comparing a new article against a stored one needs the stored one's score, and working it
      -- out again from the text cost more than the comparison (a third of the copy check at 200k).
      ALTER TABLE articles ADD COLUMN spin REAL;
      ALTER TABLE articles ADD COLUMN spin_stamp INTEGER;
    `,
  },
]);

export const SQLITE_SCHEMA_VERSION = latestVersion(SQLITE_MIGRATIONS);
