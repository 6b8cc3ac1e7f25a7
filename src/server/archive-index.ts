// How the fallback archive derives a story-index row from a briefing: the same fields a store with
// an index keeps up to date on every ingest (see src/types/archive.ts).

import { originsFromRelations } from '../dedup/index.js';
import type { EntityRef, StoryIndexEntry } from '../types/archive.js';
import type { Article } from '../types/article.js';
import type { Relation, Story } from '../types/story.js';

const TOP_ENTITIES = 8;
const PLACE_LIKE = new Set(['person', 'organization', 'place']);

/** An outlet a reader recognises: the named outlet, else the URL's host, else the file name. */
export function outletOf(a: Pick<Article, 'outlet' | 'url' | 'input'>): string {
  if (a.outlet) return a.outlet;
  try {
    if (a.url) return new URL(a.url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL: fall through to the input
  }
  return a.input.split(/[\\/]/).pop() || a.input;
}

/** Independent origins: copies fold into their original, and a machine-spun rewrite is never one. */
export function countOrigins(articles: readonly Article[], relations: readonly Relation[]): number {
  const ids = articles.map((a) => a.id);
  const origin = originsFromRelations(ids, relations);
  const spun = new Set(articles.filter((a) => a.flags.some((f) => f.kind === 'spun')).map((a) => a.id));
  const roots = new Set<string>();
  for (const id of ids) if (!spun.has(id)) roots.add(origin.get(id) ?? id);
  return Math.max(roots.size, ids.length ? 1 : 0);
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
  const dated = articles
    .map((a) => a.published)
    .filter((p): p is string => !!p)
    .sort();
  return {
    id: story.id,
    headline: story.headline,
    revision: revisionOf(story.articles),
    articles: articles.length,
    outlets: new Set(articles.map(outletOf)).size,
    origins: countOrigins(articles, relations),
    firstReport: dated[0] ?? null,
    lastReport: dated[dated.length - 1] ?? null,
    eventDates: story.events
      .map((e) => e.date)
      .filter((d): d is string => !!d)
      .sort(),
    topEntities: topEntities(story),
    perDay: days,
    outletNames: [...new Set(articles.map(outletOf))].sort(),
    languages: [...new Set(articles.map((a) => a.language).filter((l): l is string => !!l))].sort(),
    ...stamps,
  };
}
