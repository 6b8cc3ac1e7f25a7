// One story's briefing from what the workspace stores: its group, its articles (with their flags)
// and the relations among them. Stories are independent once placed, so jobs run on worker threads.
import { linkStoryEntities } from '../analyze/entities/link.js';
import { brief } from '../brief/index.js';
import { originsFromRelations } from '../dedup/index.js';
import { WorkClock } from '../ingest/deadline.js';
import type { Article } from '../types/article.js';
import type { Context, StoryGroup } from '../types/stages.js';
import type { Relation, Story } from '../types/story.js';

export interface BriefJob {
  group: StoryGroup;
  articles: Article[];
  relations: Relation[];
  /**
   * The origin of each of the story's articles when it was worked out over more than the story (a
   * whole batch, where two articles may share an origin outside it); from `relations` otherwise.
   */
  origins?: Record<string, string>;
  /**
   * The story's time limit in ms (the per-document limit, `--timeout`), from the start of its
   * briefing, entity linking included: the parts of the briefing not made within it are left out
   * and named (see briefStory). Without it the briefing is bounded by its caps only.
   */
  limitMs?: number;
}

export function briefJob(job: BriefJob, ctx: Context): Story {
  return briefAndLink(job, ctx).story;
}

/** The briefing, and the story's articles with their mentions re-pointed at its entities. */
export function briefAndLink(job: BriefJob, ctx: Context): { story: Story; articles: Article[] } {
  const limit = job.limitMs === undefined ? undefined : new WorkClock(job.limitMs, ctx.clock);
  const byId = new Map(job.articles.map((a) => [a.id, a]));
  const members = job.group.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const linked = linkStoryEntities(members);
  const reuse = {
    relations: job.relations,
    flags: new Map(members.map((a) => [a.id, a.flags])),
    origins: job.origins
      ? new Map(Object.entries(job.origins))
      : originsFromRelations(job.group.articles, job.relations),
  };
  const articles = linked.articles.map((a): Article => ({ ...a, flags: byId.get(a.id)?.flags ?? [] }));
  return {
    story: brief({ group: job.group, articles, entities: linked.entities, reuse }, ctx, limit),
    articles,
  };
}

/** What linking changes in an article: its mentions, entity table and quote speakers, re-pointed at the story's entities. */
export type Relinked = Pick<Article, 'id' | 'entities' | 'entityTable' | 'quotes'>;

/**
 * `briefAndLink` with each article cut to what linking changed in it, for a caller that holds the
 * articles already: a worker thread so sends back (and its caller keeps) no second copy of their
 * texts, sentences, times and numbers. `relink` puts an article back together.
 */
export function briefAndRelink(job: BriefJob, ctx: Context): { story: Story; articles: Relinked[] } {
  const { story, articles } = briefAndLink(job, ctx);
  return {
    story,
    articles: articles.map(({ id, entities, entityTable, quotes }) => ({
      id,
      entities,
      entityTable,
      quotes,
    })),
  };
}

/** The article `briefAndLink` returned for `article`, from what `briefAndRelink` sent back. */
export function relink(article: Article, linked: Relinked): Article {
  return { ...article, entities: linked.entities, entityTable: linked.entityTable, quotes: linked.quotes };
}
