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
]);

export const SQLITE_SCHEMA_VERSION = latestVersion(SQLITE_MIGRATIONS);
