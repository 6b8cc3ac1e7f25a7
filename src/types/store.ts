// The workspace store: what `newsfuse ingest` adds to and `newsfuse brief` reads from. SQLite
// (embedded) and PostgreSQL (shared by many workers) implement the same interface and run the same
// contract tests. Every method is async so both fit.
import type { Article } from './article.js';
import type { FeedStore } from './feeds.js';
import type { StoryGroup } from './stages.js';
import type { Relation } from './story.js';

/** Everything one ingest step adds, written atomically: an interrupted ingest writes nothing of it. */
export interface WorkspaceBatch {
  articles: Article[];
  relations: Relation[];
  /** LSH band keys of each new article, so new articles are checked against old ones by lookup. */
  fingerprints: { article: string; bands: string[] }[];
  /** Named JSON state blobs to upsert (e.g. the clusterer's state). */
  state: Record<string, unknown>;
  /** Stories created or changed by this batch (upserted whole by id). */
  stories: StoryGroup[];
  /** Stories that no longer exist (merged into another): removed in the same transaction. */
  deletedStories?: string[];
  /**
   * Written only if the named state blob still holds `value` (null: absent); otherwise nothing is
   * written and `commit` fails with a StoreError of code `conflict`. Workers sharing one store
   * use it so that two of them never both extend the same clusterer state.
   */
  expect?: { state: string; value: unknown };
}

export interface WorkspaceStats {
  articles: number;
  relations: number;
  stories: number;
  schemaVersion: number;
}

/** The store of articles and stories, and of the feed subscriptions that fill it. */
export interface Workspace extends FeedStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Which of these article ids are already stored. */
  hasArticles(ids: readonly string[]): Promise<Set<string>>;
  /** Articles by id, or all of them, in the order they were first ingested. */
  getArticles(ids?: readonly string[]): Promise<Article[]>;
  /** Relations touching any of these articles, or all of them. */
  getRelations(articleIds?: readonly string[]): Promise<Relation[]>;
  /** Stored articles sharing at least one band key, with how many keys each shares. */
  findByBands(bands: readonly string[]): Promise<Map<string, number>>;
  getState<T = unknown>(name: string): Promise<T | null>;
  getStories(): Promise<StoryGroup[]>;
  commit(batch: WorkspaceBatch): Promise<void>;
  /** Removes an article with its fingerprints and relations; true when it existed. */
  deleteArticle(id: string): Promise<boolean>;
  stats(): Promise<WorkspaceStats>;
  close(): Promise<void>;
}
