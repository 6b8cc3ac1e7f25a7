// What a workspace answers when it is read as an archive: the story index (listed and paged, never
// briefing every story), one story's materialised briefing, full-text search and entities. Both
// stores implement it; the CLI (`stories`, `search`, `brief`) and the server read only through it.
import type { EntityType } from './article.js';
import type { Analysis } from './story.js';

/** One page of a list that can grow with the archive; `next` is an opaque cursor, null at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** An entity as the index names it: the same id across stories (`person:lavrov`). */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** One row of the story index, kept up to date by every ingest that changes the story. */
export interface StoryIndexEntry {
  id: string;
  headline: string;
  /** Bumped on every change of the story; the materialised briefing carries the same revision. */
  revision: number;
  articles: number;
  outlets: number;
  /** Independent origins: copies, syndicated and spun versions of one report count once. */
  origins: number;
  /** Publication dates (ISO 8601) of the first and latest report, null when none is dated. */
  firstReport: string | null;
  lastReport: string | null;
  /** The events' dates (TIMEX3 values), oldest first, without nulls. */
  eventDates: string[];
  /** The most mentioned people, organisations and places, most mentioned first (at most 8). */
  topEntities: EntityRef[];
  /** Reports per publication day (YYYY-MM-DD), oldest first; undated reports are not counted. */
  perDay: { day: string; count: number }[];
  outletNames: string[];
  languages: string[];
  /** When the story was first stored and last changed (ISO 8601, the ingest's clock). */
  createdAt: string;
  updatedAt: string;
}

export interface StoryQuery {
  limit?: number;
  cursor?: string | null;
  /** `newest`: latest change first (default); `growing`: most reports in the last 7 days first. */
  order?: 'newest' | 'growing';
  /** Stories with a report published on or after / before this day (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Stories changed after this instant (ISO 8601): "new since my last visit". */
  changedSince?: string;
  outlet?: string;
  /** An entity id (`person:lavrov`). */
  entity?: string;
  language?: string;
}

/** A span of a search hit's text, `start..end` into `text`. */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  kind: 'article' | 'story';
  /** The article or story id. */
  id: string;
  /** The story the hit belongs to (for an article: the story holding it), or null. */
  story: string | null;
  title: string;
  /** A passage of the matching text with the matched terms located in it. */
  snippet: { text: string; highlights: Highlight[] };
  /** For an article hit: where the snippet sits in the article's cleaned text. */
  offset?: number;
  /** Higher is better. */
  score: number;
}

export interface SearchQuery {
  q: string;
  limit?: number;
  cursor?: string | null;
  kind?: 'article' | 'story';
}

export interface EntityPage {
  entity: EntityRef & { aliases: string[] };
  /** Stories naming it, newest first. */
  stories: Page<StoryIndexEntry>;
  /** Quotes it is the speaker of, newest first. */
  quotes: {
    story: string;
    text: string;
    article: string;
    start: number;
    end: number;
    published: string | null;
  }[];
}

/** The read side of a workspace. */
export interface ArchiveReader {
  listStories(query?: StoryQuery): Promise<Page<StoryIndexEntry>>;
  /** One story's briefing as materialised at its latest revision: `{schema, articles, stories: [Story]}`. */
  getBriefing(storyId: string): Promise<Analysis | null>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  /** Entities whose name or alias matches (`Lavrov` finds Sergei/Sergey Lavrov), most reported first. */
  findEntities(name: string, limit?: number): Promise<(EntityRef & { stories: number })[]>;
  getEntity(id: string, opts?: { limit?: number; cursor?: string | null }): Promise<EntityPage | null>;
}
