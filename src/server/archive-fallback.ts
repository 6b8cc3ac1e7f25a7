// The fallback ArchiveReader, for a store that keeps no story index, materialised briefings or
// search index: it briefs the whole workspace once (analysisFromWorkspace), keeps the result in
// memory until the store's counts change, and filters, pages and searches that in memory. Fine for
// a desk of a few thousand articles; a store implementing ArchiveReader itself is used instead.
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
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { ANALYSIS_SCHEMA, type Analysis, type StoryEntity } from '../types/story.js';
import { analysisFromWorkspace } from '../workspace/index.js';
import { indexEntry, revisionOf } from './archive-index.js';
import { matchText, queryTerms } from './archive-search.js';
import { pageOf } from './cursor.js';

interface Snapshot {
  key: string;
  analysis: Analysis;
  entries: StoryIndexEntry[];
  entities: Map<string, Set<string>>;
  storyOf: Map<string, string>;
}

const GROWING_DAYS = 7;

/** Uses the store's own index when it has one, else the fallback over the workspace. */
export function archiveFor(ws: Workspace, context: () => Context): ArchiveReader {
  return isArchiveReader(ws) ? ws : new WorkspaceArchive(ws, context);
}

export function isArchiveReader(ws: object): ws is ArchiveReader {
  return 'listStories' in ws && 'getBriefing' in ws && 'search' in ws;
}

export class WorkspaceArchive implements ArchiveReader {
  private snapshot: Promise<Snapshot> | null = null;
  /** When each story was first seen and last seen changed by this process (the store keeps neither). */
  private readonly stamps = new Map<string, { revision: number; createdAt: string; updatedAt: string }>();

  constructor(
    private readonly ws: Workspace,
    private readonly context: () => Context,
  ) {}

  private async current(): Promise<Snapshot> {
    const s = await this.ws.stats();
    const key = `${s.articles}/${s.stories}/${s.relations}`;
    const held = this.snapshot ? await this.snapshot : null;
    if (held?.key === key) return held;
    this.snapshot = this.build(key);
    return this.snapshot;
  }

  private async build(key: string): Promise<Snapshot> {
    const ctx = this.context();
    const analysis = await analysisFromWorkspace(this.ws, ctx);
    const byId = new Map(analysis.articles.map((a) => [a.id, a]));
    const now = ctx.now.toISOString();
    const entities = new Map<string, Set<string>>();
    const storyOf = new Map<string, string>();
    const entries = analysis.stories.map((story) => {
      const revision = revisionOf(story.articles);
      const held = this.stamps.get(story.id);
      const stamp = held
        ? {
            revision,
            createdAt: held.createdAt,
            updatedAt: held.revision === revision ? held.updatedAt : now,
          }
        : { revision, createdAt: now, updatedAt: now };
      this.stamps.set(story.id, stamp);
      entities.set(story.id, new Set(story.entities.map((e) => e.id)));
      for (const id of story.articles) storyOf.set(id, story.id);
      const articles = story.articles.map((id) => byId.get(id)).filter((a) => a !== undefined);
      return indexEntry(story, articles, analysis.relations, stamp);
    });
    return { key, analysis, entries, entities, storyOf };
  }

  async listStories(query: StoryQuery = {}): Promise<Page<StoryIndexEntry>> {
    const snap = await this.current();
    const rows = snap.entries.filter((e) => matches(e, query, snap.entities.get(e.id)));
    return pageOf(sortStories(rows, query.order ?? 'newest'), query.limit, query.cursor);
  }

  async getBriefing(storyId: string): Promise<Analysis | null> {
    const { analysis } = await this.current();
    const story = analysis.stories.find((s) => s.id === storyId);
    if (!story) return null;
    const ids = new Set(story.articles);
    return {
      schema: ANALYSIS_SCHEMA,
      articles: analysis.articles.filter((a) => ids.has(a.id)),
      stories: [story],
      relations: analysis.relations.filter((r) => ids.has(r.from) || ids.has(r.to)),
    };
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    const snap = await this.current();
    const terms = queryTerms(query.q);
    const hits: SearchHit[] = [];
    const weight = () => 1;
    if (query.kind !== 'article')
      for (const s of snap.analysis.stories) {
        const m = matchText([s.headline, ...s.summary.map((x) => x.text)].join(' '), terms, weight);
        if (m)
          hits.push({
            kind: 'story',
            id: s.id,
            story: s.id,
            title: s.headline,
            snippet: m.snippet,
            score: m.score * 1.5,
          });
      }
    if (query.kind !== 'story')
      for (const a of snap.analysis.articles) {
        const m = matchText(a.text, terms, weight);
        if (!m) continue;
        const title = a.title ?? opening(a.text);
        hits.push({
          kind: 'article',
          id: a.id,
          story: snap.storyOf.get(a.id) ?? null,
          title,
          snippet: m.snippet,
          offset: m.offset,
          score: m.score,
        });
      }
    hits.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    return pageOf(hits, query.limit, query.cursor);
  }

  async findEntities(name: string, limit = 10): Promise<(EntityRef & { stories: number })[]> {
    const terms = queryTerms(name);
    if (!terms.length) return [];
    const found = [...(await this.entityTable()).values()].filter((e) =>
      [e.name, ...e.aliases].some((n) => matchText(n, terms, () => 1) !== null),
    );
    found.sort(
      (a, b) => b.stories.size - a.stories.size || b.reports - a.reports || a.name.localeCompare(b.name),
    );
    return found
      .slice(0, limit)
      .map((e) => ({ id: e.id, name: e.name, type: e.type, stories: e.stories.size }));
  }

  async getEntity(
    id: string,
    opts: { limit?: number; cursor?: string | null } = {},
  ): Promise<EntityPage | null> {
    const entity = (await this.entityTable()).get(id);
    if (!entity) return null;
    const snap = await this.current();
    const stories = sortStories(
      snap.entries.filter((e) => entity.stories.has(e.id)),
      'newest',
    );
    const names = new Set([entity.name, ...entity.aliases]);
    const published = new Map(snap.analysis.articles.map((a) => [a.id, a.published]));
    const quotes = snap.analysis.stories.flatMap((s) =>
      s.quotes
        .filter((q) => q.speakerName !== null && names.has(q.speakerName) && q.occurrences.length > 0)
        .map((q) => {
          const at = q.occurrences[0]!;
          return {
            story: s.id,
            text: q.text,
            article: at.article,
            start: at.start,
            end: at.end,
            published: published.get(at.article) ?? null,
          };
        }),
    );
    quotes.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return {
      entity: { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases },
      stories: pageOf(stories, opts.limit, opts.cursor),
      quotes,
    };
  }

  private async entityTable(): Promise<Map<string, AggregateEntity>> {
    const snap = await this.current();
    const table = new Map<string, AggregateEntity>();
    for (const s of snap.analysis.stories) for (const e of s.entities) addEntity(table, s.id, e);
    return table;
  }
}

interface AggregateEntity extends EntityRef {
  aliases: string[];
  stories: Set<string>;
  reports: number;
}

function addEntity(table: Map<string, AggregateEntity>, story: string, e: StoryEntity): void {
  const held = table.get(e.id) ?? {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [],
    stories: new Set(),
    reports: 0,
  };
  held.stories.add(story);
  held.reports += e.articles.length;
  held.aliases = [...new Set([...held.aliases, ...e.aliases])];
  table.set(e.id, held);
}

function matches(e: StoryIndexEntry, q: StoryQuery, entities: Set<string> | undefined): boolean {
  if (q.since && !e.perDay.some((d) => d.day >= q.since!)) return false;
  if (q.until && !e.perDay.some((d) => d.day <= q.until!)) return false;
  if (q.changedSince && !(e.updatedAt > q.changedSince)) return false;
  if (q.outlet && !e.outletNames.some((o) => o.toLowerCase() === q.outlet!.toLowerCase())) return false;
  if (q.language && !e.languages.includes(q.language)) return false;
  if (q.entity && !entities?.has(q.entity)) return false;
  return true;
}

/** Newest: latest change, then latest report. Growing: reports in the week up to the archive's latest report. */
function sortStories(rows: StoryIndexEntry[], order: 'newest' | 'growing'): StoryIndexEntry[] {
  const newest = (a: StoryIndexEntry, b: StoryIndexEntry) =>
    b.updatedAt.localeCompare(a.updatedAt) ||
    (b.lastReport ?? '').localeCompare(a.lastReport ?? '') ||
    a.id.localeCompare(b.id);
  if (order === 'newest') return [...rows].sort(newest);
  const latest = rows
    .flatMap((r) => r.perDay.map((d) => d.day))
    .sort()
    .pop();
  const from = latest ? shiftDay(latest, -(GROWING_DAYS - 1)) : '';
  const recent = (r: StoryIndexEntry) =>
    r.perDay.filter((d) => d.day >= from).reduce((n, d) => n + d.count, 0);
  return [...rows].sort((a, b) => recent(b) - recent(a) || newest(a, b));
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An untitled article's opening words, cut at a word. */
function opening(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 40 ? cut : max)}…`;
}
