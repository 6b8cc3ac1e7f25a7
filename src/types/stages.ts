// The stage interfaces the pipeline (src/pipeline.ts) is assembled from. A stage is
// `(input, ctx) => output` and never mutates its input.
import type { Config } from '../config/index.js';
import type { AnalyzedArticle, Article, CleanArticle, Flag, RawDocument } from './article.js';
import type { Relation, Story, StoryEntity } from './story.js';

/** Where diagnostics go. The CLI prints them on stderr; the library collects them. */
export interface Reporter {
  /** An input (or an item inside it) was skipped: named, with a one-line reason. */
  skipped(input: string, reason: string): void;
  /** Progress of a long run; `total` is null when unknown. */
  progress(stage: string, done: number, total: number | null): void;
  warn(message: string): void;
}

export interface Context {
  config: Config;
  /** The clock, passed in so runs and tests are deterministic. */
  now: Date;
  reporter: Reporter;
  /**
   * Milliseconds, for the per-document time limit (`performance.now` when absent; a worker thread
   * always uses its own). Tests pass theirs to make a document overrun it.
   */
  clock?: () => number;
}

/** Expected outcomes are values, counted and shown; they are not exceptions. */
export type Outcome<T> = { status: 'ok'; value: T } | { status: 'rejected'; input: string; reason: string };

/** ingest: inputs as the user named them → article candidates. */
export type IngestStage = (inputs: readonly string[], ctx: Context) => AsyncIterable<Outcome<RawDocument>>;

/** clean: one candidate → a clean article with metadata, or a reasoned rejection. */
export type CleanStage = (doc: RawDocument, ctx: Context) => Outcome<CleanArticle>;

/** analyze: language analysis of one clean article (entities, quotes, times, numbers). */
export type AnalyzeStage = (article: CleanArticle, ctx: Context) => AnalyzedArticle;

/** What the copy detector knows about a set of articles. */
export interface ReuseResult {
  relations: Relation[];
  /** Flags per article id. */
  flags: Map<string, Flag[]>;
  /**
   * Independent origins: article id → origin id. Copies, syndicated versions and spun copies of one
   * report share the origin of the report; corroboration counts origins, not articles.
   */
  origins: Map<string, string>;
}

/** dedup: articles → relations, flags and origins. */
export type DedupStage = (articles: readonly AnalyzedArticle[], ctx: Context) => ReuseResult;

/** A story as the clusterer sees it: which articles, grouped into events. */
export interface StoryGroup {
  id: string;
  articles: string[];
  events: { id: string; articles: string[]; label?: string; date?: string | null }[];
  /** Merges and splits are recorded, never silent. */
  history?: { kind: 'created' | 'merged' | 'split'; detail: string; articles: string[] }[];
}

/** cluster: articles in arrival order → stories with events. */
export type ClusterStage = (articles: readonly AnalyzedArticle[], ctx: Context) => StoryGroup[];

/** What the briefing of one story is made from. */
export interface BriefInput {
  group: StoryGroup;
  /** The story's articles, their entity mentions already pointing at `entities`. */
  articles: readonly Article[];
  /** The story's entities, linked across its articles. */
  entities: readonly StoryEntity[];
  reuse: ReuseResult;
}

/** brief: one story → the contract's Story (headline, events, summary, quotes, facts, …). */
export type BriefStage = (input: BriefInput, ctx: Context) => Story;
