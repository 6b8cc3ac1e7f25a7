// Deleting articles keeps the archive true: each leaves its story (and event) in the stored
// clusterer rows and in the story; a story left empty is removed; the stories it leaves are briefed
// again; copies that pointed at it lose that flag; its fingerprints, relations and search entry go.
import type { EventRow, StoryRow } from '../cluster/index.js';
import { isStoreError } from '../store/errors.js';
import type { Article } from '../types/article.js';
import type { Context, StoryGroup } from '../types/stages.js';
import type { KeyedRow, Workspace } from '../types/store.js';
import { briefRecords } from './add.js';
import { CLUSTER_VERSION } from './window.js';

const MAX_ATTEMPTS = 8;

/** A group row without the deleted articles (with their arrival numbers), or null when it is left empty. */
function without<R extends EventRow | StoryRow>(row: R, gone: ReadonlySet<string>): R | null {
  const keep = row.articles.map((id, i) => [id, row.at[i] ?? 0] as const).filter(([id]) => !gone.has(id));
  if (keep.length === 0) return null;
  return { ...row, articles: keep.map(([id]) => id), at: keep.map(([, at]) => at) };
}

function storyWithout(g: StoryGroup, gone: ReadonlySet<string>): StoryGroup | null {
  const articles = g.articles.filter((id) => !gone.has(id));
  if (articles.length === 0) return null;
  const events = g.events
    .map((e) => ({ ...e, articles: e.articles.filter((id) => !gone.has(id)) }))
    .filter((e) => e.articles.length > 0);
  return { ...g, articles, events };
}

/** Deletes the articles; returns those that existed and the stories changed or removed. */
export async function deleteArticles(
  ws: Workspace,
  ids: readonly string[],
  ctx: Context,
): Promise<{ deleted: string[]; changed: string[]; removed: string[] }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deleteOnce(ws, ids, ctx);
    } catch (e) {
      if (!isStoreError(e) || e.code !== 'conflict' || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}

async function deleteOnce(ws: Workspace, ids: readonly string[], ctx: Context) {
  const version = await ws.getState<number>(CLUSTER_VERSION);
  const deleted = [...(await ws.hasArticles(ids))];
  const gone = new Set(deleted);
  if (deleted.length === 0) return { deleted, changed: [], removed: [] };
  const homes = [...new Set((await ws.storiesOf(deleted)).values())];
  const groups = await ws.getStories(homes);
  const storyRows = (await ws.getRows('story', { ids: homes })).map((r) => r.data as StoryRow);
  const eventIds = groups.flatMap((g) => g.events.map((e) => e.id));
  const eventRows = (await ws.getRows('event', { ids: eventIds })).map((r) => r.data as EventRow);
  const upsert: KeyedRow[] = [];
  const remove = deleted.map((id) => ({ kind: 'memory', id }));
  const emptied = new Set<string>();
  for (const row of eventRows) {
    const kept = without(row, gone);
    if (kept)
      upsert.push({ kind: 'event', id: row.id, ord: row.seq, hot: row.centroid !== null, data: kept });
    else {
      remove.push({ kind: 'event', id: row.id });
      emptied.add(row.id);
    }
  }
  for (const row of storyRows) {
    const kept = without(row, gone);
    if (!kept) remove.push({ kind: 'story', id: row.id });
    else {
      const data = { ...kept, events: kept.events.filter((e) => !emptied.has(e)), rev: kept.rev + 1 };
      upsert.push({ kind: 'story', id: row.id, ord: row.seq, hot: row.centroid !== null, data });
    }
  }
  const kept = groups.map((g) => storyWithout(g, gone)).filter((g): g is StoryGroup => g !== null);
  const removed = groups.filter((g) => !kept.some((k) => k.id === g.id)).map((g) => g.id);
  const updatedArticles = await unflagCopies(ws, gone);
  const revisions = new Map(
    upsert.filter((r) => r.kind === 'story').map((r) => [r.id, (r.data as StoryRow).rev]),
  );
  const refreshed = new Map(updatedArticles.map((a) => [a.id, a]));
  const records = await briefRecords(kept, [...refreshed.values()], [], revisions, ws, ctx, undefined);
  await ws.commit({
    articles: [],
    relations: [],
    fingerprints: [],
    state: { [CLUSTER_VERSION]: (version ?? 0) + 1 },
    stories: kept,
    deletedStories: removed,
    deletedArticles: deleted,
    updatedArticles,
    rows: { upsert, remove },
    records,
    expect: { state: CLUSTER_VERSION, value: version },
  });
  return { deleted, changed: kept.map((g) => g.id), removed };
}

/** Stored copies of a deleted article, without the flags that named it. */
async function unflagCopies(ws: Workspace, gone: ReadonlySet<string>): Promise<Article[]> {
  const relations = await ws.getRelations([...gone]);
  const copies = [
    ...new Set(relations.filter((r) => gone.has(r.to) && !gone.has(r.from)).map((r) => r.from)),
  ];
  return (await ws.getArticles(copies)).map((a) => ({
    ...a,
    flags: a.flags.filter((f) => f.related === null || !gone.has(f.related)),
  }));
}
