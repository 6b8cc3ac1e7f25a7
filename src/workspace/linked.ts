// What a reader of stored briefings needs from entity linking, apart from brief-job.ts: the store
// re-links a story's articles on every read, and must not load the briefing stage to do it.
import { linkStoryEntities } from '../analyze/entities/link.js';
import type { Article } from '../types/article.js';

/** The story's articles with their mentions re-pointed at the story's entities, as a briefing shows them. */
export function linkedArticles(articles: readonly Article[]): Article[] {
  const flags = new Map(articles.map((a) => [a.id, a.flags]));
  return linkStoryEntities(articles).articles.map((a): Article => ({ ...a, flags: flags.get(a.id) ?? [] }));
}
