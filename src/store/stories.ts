// Keeping stories consistent when an article is deleted: no story may point at an article the
// workspace no longer holds.
import type { StoryGroup } from '../types/stages.js';

/** The story without `id` in its articles and events; null when no article is left. History stays. */
export function withoutArticle(story: StoryGroup, id: string): StoryGroup | null {
  if (!story.articles.includes(id)) return story;
  const articles = story.articles.filter((a) => a !== id);
  if (articles.length === 0) return null;
  const events = story.events
    .map((e) => ({ ...e, articles: e.articles.filter((a) => a !== id) }))
    .filter((e) => e.articles.length > 0);
  return { ...story, articles, events };
}
