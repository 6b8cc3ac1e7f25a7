// The read side both stores share: each store supplies a few primitives (an index page, a stored
// briefing, ranked full-text matches); this turns them into what the CLI and the server show.
import type {
  ArchiveReader,
  EntityPage,
  EntityRef,
  Page,
  SearchHit,
  SearchQuery,
  StoryIndexEntry,
  StoryQuery,
} from '../types/archive.js';
import type { Article, EntityType } from '../types/article.js';
import type {
  FeedItemRecord,
  FeedStore,
  NewSubscription,
  Subscription,
  SubscriptionUpdate,
} from '../types/feeds.js';
import type { Relation, Story } from '../types/story.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../types/story.js';
import { linkedArticles } from '../workspace/linked.js';
import { decodeCursor, encodeCursor, isNumber, snippet } from './search-text.js';

export interface StoredEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  stories: number;
}

export interface ArchivePrimitives {
  listStories(q: StoryQuery): Promise<Page<StoryIndexEntry>>;
  briefing(story: string): Promise<Story | null>;
  indexEntries(ids: readonly string[]): Promise<StoryIndexEntry[]>;
  getArticles(ids: readonly string[]): Promise<Article[]>;
  /** Relations whose two articles are both among these. */
  getRelations(ids: readonly string[]): Promise<Relation[]>;
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  /** Ranked matches of the user's query among documents of these kinds, best first. */
  match(
    q: string,
    kinds: readonly string[],
    limit: number,
    offset: number,
  ): Promise<{ kind: string; ref: string; score: number }[]>;
  entity(id: string): Promise<StoredEntity | null>;
}

const MAX_PAGE = 100;

export class ArchiveReads implements ArchiveReader {
  constructor(private readonly p: ArchivePrimitives) {}

  listStories(query: StoryQuery = {}): Promise<Page<StoryIndexEntry>> {
    return this.p.listStories(query);
  }

  async getBriefing(storyId: string): Promise<Analysis | null> {
    const story = await this.p.briefing(storyId);
    if (!story) return null;
    const [articles, relations] = await Promise.all([
      this.p.getArticles(story.articles),
      this.p.getRelations(story.articles),
    ]);
    return {
      schema: ANALYSIS_SCHEMA,
      // Mentions point at the story's entities, as the briefing names them.
      articles: linkedArticles(articles),
      stories: [story],
      relations,
    };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    const limit = Math.min(Math.max(query.limit ?? 20, 1), MAX_PAGE);
    const offset = decodeCursor(query.cursor, isNumber) ?? 0;
    const kinds = query.kind ? [query.kind] : ['article', 'story'];
    const found = await this.p.match(query.q, kinds, limit + 1, offset);
    const page = found.slice(0, limit);
    const articleIds = page.filter((m) => m.kind === 'article').map((m) => m.ref);
    const storyIds = page.filter((m) => m.kind === 'story').map((m) => m.ref);
    const [articles, homes, entries] = await Promise.all([
      this.p.getArticles(articleIds),
      this.p.storiesOf(articleIds),
      this.p.indexEntries(storyIds),
    ]);
    const byArticle = new Map(articles.map((a) => [a.id, a]));
    const byStory = new Map(entries.map((e) => [e.id, e]));
    const briefs = new Map(
      await Promise.all(storyIds.map(async (id) => [id, await this.p.briefing(id)] as const)),
    );
    const items: SearchHit[] = [];
    for (const m of page) {
      if (m.kind === 'article') {
        const a = byArticle.get(m.ref);
        if (!a) continue;
        const s = snippet(a.text, query.q);
        items.push({
          kind: 'article',
          id: a.id,
          story: homes.get(a.id) ?? null,
          title: a.title ?? a.text.slice(0, 80),
          snippet: { text: s.text, highlights: s.highlights },
          offset: s.offset,
          score: m.score,
        });
      } else {
        const e = byStory.get(m.ref);
        if (!e) continue;
        const body = (briefs.get(m.ref)?.summary ?? []).map((x) => x.text).join(' ');
        const s = snippet(`${e.headline}. ${body}`, query.q);
        items.push({ kind: 'story', id: e.id, story: e.id, title: e.headline, snippet: s, score: m.score });
      }
    }
    return { items, next: found.length > limit ? encodeCursor(offset + limit) : null };
  }

  async findEntities(name: string, limit = 10): Promise<(EntityRef & { stories: number })[]> {
    const found = await this.p.match(name, ['entity'], Math.min(limit, MAX_PAGE), 0);
    const entities = await Promise.all(found.map((m) => this.p.entity(m.ref)));
    return entities
      .filter((e): e is StoredEntity => e !== null && e.stories > 0)
      .sort((a, b) => b.stories - a.stories || a.name.localeCompare(b.name))
      .map((e) => ({ id: e.id, name: e.name, type: e.type as EntityType, stories: e.stories }));
  }

  async getEntity(
    id: string,
    opts: { limit?: number; cursor?: string | null } = {},
  ): Promise<EntityPage | null> {
    const e = await this.p.entity(id);
    if (!e) return null;
    const stories = await this.p.listStories({
      entity: id,
      limit: opts.limit ?? 20,
      cursor: opts.cursor ?? null,
    });
    const names = new Set([e.name, ...e.aliases]);
    const quotes: EntityPage['quotes'] = [];
    for (const entry of stories.items) {
      const story = await this.p.briefing(entry.id);
      for (const q of story?.quotes ?? []) {
        const first = q.occurrences[0];
        if (!first || !q.speakerName || !names.has(q.speakerName)) continue;
        quotes.push({
          story: entry.id,
          text: q.text,
          article: first.article,
          start: first.start,
          end: first.end,
          published: null,
        });
      }
    }
    const published = new Map(
      (await this.p.getArticles([...new Set(quotes.map((q) => q.article))])).map((a) => [a.id, a.published]),
    );
    for (const q of quotes) q.published = published.get(q.article) ?? null;
    quotes.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return {
      entity: { id: e.id, name: e.name, type: e.type as EntityType, aliases: e.aliases },
      stories,
      quotes,
    };
  }
}

/**
 * What both stores share above their own SQL: a store reads as an archive through its primitives
 * (`reads`) and keeps feeds in its own file (`feeds`); it sets both and inherits these methods.
 */
export abstract class ArchiveDelegate implements ArchiveReader, FeedStore {
  protected abstract readonly reads: ArchiveReads;
  protected abstract readonly feeds: FeedStore;

  listStories(query?: StoryQuery): Promise<Page<StoryIndexEntry>> {
    return this.reads.listStories(query);
  }

  getBriefing(storyId: string): Promise<Analysis | null> {
    return this.reads.getBriefing(storyId);
  }

  search(query: SearchQuery): Promise<Page<SearchHit>> {
    return this.reads.search(query);
  }

  findEntities(name: string, limit?: number): Promise<(EntityRef & { stories: number })[]> {
    return this.reads.findEntities(name, limit);
  }

  getEntity(id: string, opts?: { limit?: number; cursor?: string | null }): Promise<EntityPage | null> {
    return this.reads.getEntity(id, opts);
  }

  addFeeds(feeds: readonly NewSubscription[], now: string): Promise<Subscription[]> {
    return this.feeds.addFeeds(feeds, now);
  }

  listFeeds(): Promise<Subscription[]> {
    return this.feeds.listFeeds();
  }

  removeFeed(urlOrId: string): Promise<boolean> {
    return this.feeds.removeFeed(urlOrId);
  }

  updateFeed(id: string, update: SubscriptionUpdate): Promise<void> {
    return this.feeds.updateFeed(id, update);
  }

  seenItemKeys(keys: readonly string[]): Promise<Set<string>> {
    return this.feeds.seenItemKeys(keys);
  }

  recordItems(items: readonly FeedItemRecord[]): Promise<void> {
    return this.feeds.recordItems(items);
  }

  pendingPages(feed: string, now: string): Promise<FeedItemRecord[]> {
    return this.feeds.pendingPages(feed, now);
  }
}
