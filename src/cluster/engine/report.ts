// The clusterer's groups as the pipeline sees them (StoryGroup), and what changed since a snapshot.
import type { StoryGroup } from '../../types/stages.js';
import { type EventGroup, groupDate, groupLabel, groupWeekday, type StoryState } from './groups.js';
import type { ClusterState } from './state.js';
import type { Idf } from './vector.js';

/**
 * A weekday with no known week as a TIMEX3 value ("on Tuesday" → XXXX-WXX-2, ISO weekdays from
 * Monday = 1): what an event's reports tell when none of them is dated.
 */
export function weekdayTimex(weekday: number | null): string | null {
  return weekday === null ? null : `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
}

export function storyGroup(
  s: StoryState,
  events: ReadonlyMap<string, EventGroup>,
  idf: Idf,
  labelTerms: number,
): StoryGroup {
  const members = s.events
    .map((id) => events.get(id))
    .filter((e): e is EventGroup => e !== undefined)
    .sort((a, b) => a.seq - b.seq);
  return {
    id: s.id,
    articles: [...s.articles],
    events: members.map((e) => ({
      id: e.id,
      articles: [...e.articles],
      label: e.label ?? groupLabel(e, idf, labelTerms),
      date: groupDate(e) ?? weekdayTimex(groupWeekday(e)),
    })),
    history: s.history.map((h) => ({ ...h, articles: [...h.articles] })),
  };
}

export interface StoryChanges {
  /** Stories new or changed since the snapshot, whole (to upsert by id). */
  changed: StoryGroup[];
  /** Stories of the snapshot that no longer exist (merged into another). */
  removed: string[];
}

export function changesSince(
  previous: ClusterState,
  stories: ReadonlyMap<string, StoryState>,
  toGroup: (s: StoryState) => StoryGroup,
): StoryChanges {
  const before = new Map(previous.stories.map((s) => [s.id, s.rev]));
  const changed = [...stories.values()].filter((s) => before.get(s.id) !== s.rev).map(toGroup);
  const removed = previous.stories.filter((s) => !stories.has(s.id)).map((s) => s.id);
  return { changed, removed };
}
