// Reading a workspace: every story's materialised briefing, page by page through the story index,
// so a reader holds one story at a time whatever the size of the archive.
import type { StoryQuery } from '../types/archive.js';
import type { Workspace } from '../types/store.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../types/story.js';

export interface BriefSelection {
  /** One story by id. */
  story?: string;
  /** Stories naming this entity (`person:lavrov`). */
  entity?: string;
  /** Stories with a report on or after this day. */
  since?: string;
  /** At most this many stories. */
  limit?: number;
}

/** Each selected story's briefing (`{schema, articles, stories: [Story], relations}`), newest first. */
export async function* storyBriefings(ws: Workspace, sel: BriefSelection = {}): AsyncGenerator<Analysis> {
  if (sel.story) {
    const one = await ws.getBriefing(sel.story);
    if (one) yield one;
    return;
  }
  let left = sel.limit ?? Number.POSITIVE_INFINITY;
  const query: StoryQuery = { limit: 50, entity: sel.entity, since: sel.since };
  for (let cursor: string | null = null; left > 0; ) {
    const page = await ws.listStories({ ...query, cursor, limit: Math.min(50, left) });
    for (const entry of page.items) {
      const analysis = await ws.getBriefing(entry.id);
      if (analysis) yield analysis;
      left--;
    }
    if (!page.next) return;
    cursor = page.next;
  }
}

/** One analysis of the stories holding any of these articles (an `analyze --db` run shows its stories). */
export async function analysisOfArticles(ws: Workspace, articleIds: readonly string[]): Promise<Analysis> {
  const storyIds = [...new Set((await ws.storiesOf(articleIds)).values())];
  const out: Analysis = { schema: ANALYSIS_SCHEMA, articles: [], stories: [], relations: [] };
  const wanted = new Set(articleIds);
  for (const id of storyIds) {
    const one = await ws.getBriefing(id);
    if (!one) continue;
    out.stories.push(...one.stories);
    out.articles.push(...one.articles);
    out.relations.push(...one.relations);
  }
  // Stories in the order their first requested article was given.
  const rank = new Map(articleIds.map((id, i) => [id, i]));
  const first = (s: Analysis['stories'][number]) =>
    Math.min(...s.articles.filter((a) => wanted.has(a)).map((a) => rank.get(a) ?? Number.MAX_SAFE_INTEGER));
  out.stories.sort((a, b) => first(a) - first(b));
  return out;
}
