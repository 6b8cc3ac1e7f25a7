// The workspace store: what `newsfuse ingest` adds to and `newsfuse brief` reads from. SQLite
// (embedded) and PostgreSQL (shared by many workers) implement the same interface and run the same
// contract tests. Every method is async so both fit.
import type { ArchiveReader, EntityRef, StoryIndexEntry } from './archive.js';
import type { Article } from './article.js';
import type { FeedStore } from './feeds.js';
import type { StoryGroup } from './stages.js';
import type { Relation, Story } from './story.js';

/**
 * A row of engine state kept by id within a kind (the clusterer's events, stories, remembered
 * articles and term counts). `hot` rows are what a writer loads whole; the rest is read by id.
 */
export interface KeyedRow {
  kind: string;
  id: string;
  ord: number;
  hot: boolean;
  /** Any JSON value, or null when `ord` says it all (a term's count). */
  data: unknown;
}

/** A story as the archive keeps it for reading: its index row, briefing, entities and search text. */
export interface StoryRecord {
  index: StoryIndexEntry;
  /** The briefing at `index.revision`. */
  briefing: Story;
  entities: (EntityRef & { aliases: string[] })[];
  /** What the story list filters on. */
  terms: { kind: 'outlet' | 'entity' | 'language'; value: string }[];
  /** Reports in the 7 days up to its latest report: what "fastest-growing" sorts on. */
  growth: number;
  search: { title: string; body: string };
}

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
  /** Stories that no longer exist (merged into another): removed in the same transaction, with their records. */
  deletedStories?: string[];
  /** Articles removed (with their fingerprints, relations, search entries and story placement) before the rest is written. */
  deletedArticles?: string[];
  /** Stored articles rewritten whole (their flags changed when what they copied was deleted). */
  updatedArticles?: Article[];
  /** Engine rows to upsert and to remove. */
  rows?: { upsert: KeyedRow[]; remove: { kind: string; id: string }[] };
  /** Stories' index rows and materialised briefings, written with the stories they describe. */
  records?: StoryRecord[];
  /**
   * Articles' intrinsic spin scores (new ones, or stored ones worked out again), kept so that a
   * later batch comparing against them need not read their text for it again. `stamp` names the
   * scorer that made them: a score is only given back for the same stamp.
   */
  spins?: { stamp: number; scores: { article: string; score: number }[] };
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

/** The store of articles and stories, read as an archive, and of the feed subscriptions that fill it. */
export interface Workspace extends ArchiveReader, FeedStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Which of these article ids are already stored. */
  hasArticles(ids: readonly string[]): Promise<Set<string>>;
  /** Articles by id, or all of them, in the order they were first ingested. */
  getArticles(ids?: readonly string[]): Promise<Article[]>;
  /**
   * Relations touching any of these articles, or all of them; `within`: only those whose two
   * articles are both among them (a story's own relations, without the copies elsewhere).
   */
  getRelations(articleIds?: readonly string[], opts?: { within?: boolean }): Promise<Relation[]>;
  /**
   * Stored articles sharing at least one band key, with how many keys each shares, most first (then
   * by id); with `top`, only those sharing at least as many keys as the `top`-th (ties kept).
   */
  findByBands(bands: readonly string[], opts?: BandLookup): Promise<Map<string, number>>;
  /** `findByBands` of each list, in order: a batch's lookups in one round trip on PostgreSQL. */
  findByBandsEach(lists: readonly (readonly string[])[], opts?: BandLookup): Promise<Map<string, number>[]>;
  /** The intrinsic spin scores stored with these articles by the scorer `stamp` (others are left out). */
  getSpins(ids: readonly string[], stamp: number): Promise<Map<string, number>>;
  getState<T = unknown>(name: string): Promise<T | null>;
  /** Every story (all of them: for small workspaces and tests), or those with these ids. */
  getStories(ids?: readonly string[]): Promise<StoryGroup[]>;
  /** Engine rows of one kind: the hot ones, or those with these ids; in `ord` order. */
  getRows(
    kind: string,
    select: { hot: true } | { ids: readonly string[] },
  ): Promise<{ id: string; ord: number; data: unknown }[]>;
  /** Index rows of these stories (those without one are left out). */
  getIndexEntries(ids: readonly string[]): Promise<StoryIndexEntry[]>;
  /** The story holding each of these articles (articles in no story are left out). */
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  commit(batch: WorkspaceBatch): Promise<void>;
  /** Removes an article with its fingerprints and relations; true when it existed. */
  deleteArticle(id: string): Promise<boolean>;
  stats(): Promise<WorkspaceStats>;
  /** Bytes on disk, and the largest stored value with the table it is in (a scan: for benchmarks). */
  storage(): Promise<{ bytes: number; largest: { bytes: number; where: string } }>;
  close(): Promise<void>;
}

/** How much of a band lookup is wanted. */
export interface BandLookup {
  /** Only the articles ranked `top` or better by keys shared (ties at the last rank kept). */
  top?: number;
}
