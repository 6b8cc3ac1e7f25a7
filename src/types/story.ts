// Contracts for stories, relations and the whole analysis (see CONTRACT.md, "Story", "Relation").
import type { Article, EntityType } from './article.js';

export interface Citation {
  article: string;
  start: number;
  end: number;
}

export interface StoryEvent {
  id: string;
  label: string;
  /** TIMEX3 value or null. */
  date: string | null;
  articles: string[];
}

export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  articles: string[];
  role?: string | null;
}

export interface StoryQuote {
  text: string;
  speakerName: string | null;
  occurrences: Citation[];
}

export interface Fact {
  text: string;
  value: number | null;
  unit: string | null;
  sources: string[];
  independentSources: number;
  citations?: Citation[];
}

export interface Conflict {
  about: string;
  claims: { text: string; sources: string[]; citations?: Citation[] }[];
}

export interface TimelineEntry {
  /** TIMEX3 value. */
  date: string;
  text: string;
  sources: string[];
  precision?: 'day' | 'week' | 'month' | 'year' | 'unresolved' | 'time';
  citations?: Citation[];
  /** A time long before the story's own days (history, context): shown apart from the story's days. */
  background?: boolean;
  /**
   * The date came from the story, not from the sentence's own article (an undated report's "on
   * Friday" read as the Friday other reports give the event): `inferredFrom` names those reports.
   */
  inferred?: boolean;
  inferredFrom?: string[];
  /** The article's own TIMEX3 value when `date` was inferred through the story (`XXXX-WXX-5`). */
  stated?: string;
}

export interface SummarySentence {
  text: string;
  citations: Citation[];
}

/** How a story came to be what it is: created, merged with another, split in two (newest last). */
export interface StoryChange {
  kind: 'created' | 'merged' | 'split';
  detail: string;
  articles: string[];
}

export interface Story {
  id: string;
  headline: string;
  articles: string[];
  events: StoryEvent[];
  /** The clusterer's record of the story's creation, merges and splits (an extension of the contract). */
  history?: StoryChange[];
  entities: StoryEntity[];
  quotes: StoryQuote[];
  facts: Fact[];
  conflicts: Conflict[];
  timeline: TimelineEntry[];
  summary: SummarySentence[];
  /**
   * Set when the briefing ran out of time (the per-document limit, per story): the parts not made,
   * left empty, and why. The story, its articles, events, history and entities are always there;
   * the next batch that changes the story briefs it again in full (an extension of the contract).
   */
  incomplete?: { reason: string; missing: BriefPart[] };
}

/** The parts of a briefing made after its core, in the order they are made. */
export const BRIEF_PARTS = ['quotes', 'facts', 'conflicts', 'timeline', 'summary'] as const;
export type BriefPart = (typeof BRIEF_PARTS)[number];

export type RelationKind = 'duplicate' | 'near-duplicate' | 'syndicated' | 'spun' | 'derived';

export interface Relation {
  kind: RelationKind;
  /** The copy. */
  from: string;
  /** The article it was copied from, where known. */
  to: string;
  score: number;
  /** Shared passages, where the verifier aligned them. */
  evidence?: { from: { start: number; end: number }; to: { start: number; end: number } }[];
}

export const ANALYSIS_SCHEMA = 'newsfuse/analysis@1' as const;

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  articles: Article[];
  stories: Story[];
  relations: Relation[];
}
