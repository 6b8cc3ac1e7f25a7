// A briefed story → what the archive keeps for reading it: its index row (counts, dates, top
// entities, reports per day), the terms the list filters on, its entities and its search text.
import type { EntityRef, StoryIndexEntry } from '../types/archive.js';
import type { Article } from '../types/article.js';
import type { StoryRecord } from '../types/store.js';
import type { Story } from '../types/story.js';

const TOP_ENTITIES = 8;
const GROWTH_DAYS = 7;
const DAY_MS = 86_400_000;

const dayOf = (iso: string | null): string | null =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;

/** Reports per day, oldest first. */
function perDay(days: readonly string[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count }));
}

/** Reports published in the week up to the latest one: what "fastest-growing" ranks by. */
function growth(days: readonly string[]): number {
  const last = days.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
  if (!last) return 0;
  const from = Date.parse(last) - (GROWTH_DAYS - 1) * DAY_MS;
  return days.filter((d) => Date.parse(d) >= from).length;
}

const named = (e: Story['entities'][number]) =>
  e.type === 'person' || e.type === 'organization' || e.type === 'place';

export function storyRecord(
  story: Story,
  articles: readonly Article[],
  /** Article → its independent origin (see originsFromRelations): copies count once. */
  origins: ReadonlyMap<string, string>,
  revision: number,
  times: { createdAt: string; updatedAt: string },
): StoryRecord {
  const mine = articles.filter((a) => story.articles.includes(a.id));
  const days = mine.map((a) => dayOf(a.published)).filter((d): d is string => d !== null);
  const sortedDates = mine
    .map((a) => a.published)
    .filter((p): p is string => !!p)
    .sort();
  const outletNames = [...new Set(mine.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const languages = [...new Set(mine.map((a) => a.language).filter((l): l is string => !!l))].sort();
  const ranked = story.entities.filter(named).sort((a, b) => b.articles.length - a.articles.length);
  const topEntities: EntityRef[] = ranked
    .slice(0, TOP_ENTITIES)
    .map((e) => ({ id: e.id, name: e.name, type: e.type }));
  const index: StoryIndexEntry = {
    id: story.id,
    headline: story.headline,
    revision,
    articles: story.articles.length,
    outlets: outletNames.length,
    origins: new Set(story.articles.map((id) => origins.get(id) ?? id)).size,
    firstReport: sortedDates[0] ?? null,
    lastReport: sortedDates.at(-1) ?? null,
    eventDates: story.events
      .map((e) => e.date)
      .filter((d): d is string => !!d)
      .sort(),
    topEntities,
    perDay: perDay(days),
    outletNames,
    languages,
    ...times,
  };
  return {
    index,
    briefing: story,
    entities: story.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
    terms: [
      ...outletNames.map((value) => ({ kind: 'outlet' as const, value })),
      ...story.entities.map((e) => ({ kind: 'entity' as const, value: e.id })),
      ...languages.map((value) => ({ kind: 'language' as const, value })),
    ],
    growth: growth(days),
    search: {
      title: story.headline,
      body: [...story.summary.map((s) => s.text), ...story.entities.map((e) => e.name)].join('\n'),
    },
  };
}
