// How the fallback archive derives a story-index row from a briefing: the same fields a store with
// an index keeps up to date on every ingest (see src/types/archive.ts).

import { originsFromRelations } from '../dedup/index.js';
import type { EntityRef, StoryIndexEntry } from '../types/archive.js';
import type { Article } from '../types/article.js';
import type { Relation, Story } from '../types/story.js';

const TOP_ENTITIES = 8;
const PLACE_LIKE = new Set(['person', 'organization', 'place']);

/** Independent origins as the stores count them: copies fold into the report they came from. */
export function countOrigins(articles: readonly Article[], relations: readonly Relation[]): number {
  const ids = articles.map((a) => a.id);
  const origin = originsFromRelations(ids, relations);
  return new Set(ids.map((id) => origin.get(id) ?? id)).size;
}

function perDay(articles: readonly Article[]): { day: string; count: number }[] {
  const days = new Map<string, number>();
  for (const a of articles) {
    const day = a.published?.slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) days.set(day, (days.get(day) ?? 0) + 1);
  }
  return [...days].sort(([x], [y]) => x.localeCompare(y)).map(([day, count]) => ({ day, count }));
}

function topEntities(story: Story): EntityRef[] {
  return story.entities
    .filter((e) => PLACE_LIKE.has(e.type))
    .sort((a, b) => b.articles.length - a.articles.length)
    .slice(0, TOP_ENTITIES)
    .map((e) => ({ id: e.id, name: e.name, type: e.type }));
}

/** A small stable number from the story's membership: it changes when the story does. */
export function revisionOf(articleIds: readonly string[]): number {
  let h = 2166136261;
  for (const ch of [...articleIds].sort().join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export function indexEntry(
  story: Story,
  articles: readonly Article[],
  relations: readonly Relation[],
  stamps: { createdAt: string; updatedAt: string },
): StoryIndexEntry {
  const days = perDay(articles);
  // As the stores count them: outlets the reports name (a file name is not an outlet).
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const dated = articles
    .map((a) => a.published)
    .filter((p): p is string => !!p)
    .sort();
  return {
    id: story.id,
    headline: story.headline,
    revision: revisionOf(story.articles),
    articles: articles.length,
    outlets: outlets.length,
    origins: countOrigins(articles, relations),
    firstReport: dated[0] ?? null,
    lastReport: dated[dated.length - 1] ?? null,
    eventDates: story.events
      .map((e) => e.date)
      .filter((d): d is string => !!d)
      .sort(),
    topEntities: topEntities(story),
    perDay: days,
    outletNames: outlets,
    languages: [...new Set(articles.map((a) => a.language).filter((l): l is string => !!l))].sort(),
    ...stamps,
  };
}
