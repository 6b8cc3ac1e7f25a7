// The clusterer a writer places new articles with, loaded from the workspace's rows: only the
// window placement matches against (hot groups, the events of their stories, remembered articles)
// and the counts of the terms it weighs. What it changed goes back as rows, never as one value.
import {
  type ClusterChanges,
  type ClusterConfig,
  Clusterer,
  type ClusterMeta,
  type ClusterState,
  type EventRow,
  type Remembered,
  type StoryRow,
} from '../cluster/index.js';
import { SpinMemo } from '../dedup/index.js';
import type { KeyedRow, Workspace } from '../types/store.js';
import { LEGACY_STATE } from './upgrade.js';

/** Bumped by every commit of cluster rows: what a writer checks it still extends. */
export const CLUSTER_VERSION = 'cluster.version';
export const CLUSTER_META = 'cluster.meta';

export interface Held {
  clusterer: Clusterer;
  version: number | null;
  /** Terms whose counts are loaded (a term is loaded once per window). */
  terms: Set<string>;
  /** True while the window came from a legacy blob: the next commit removes the blob. */
  legacy: boolean;
  /** Articles placed since the window was loaded. */
  placed: number;
  /** The spin scores of articles seen lately (copy candidates of the next batches). */
  spin: SpinMemo;
}

/**
 * A window held by a long run keeps what it placed (groups gone cold, term counts) until it is
 * loaded again; past this many articles it is, so a process's memory stays flat however long it runs.
 */
export const RELOAD_AFTER = 20_000;

const rowsOf = async <T>(ws: Workspace, kind: string, select: { hot: true } | { ids: readonly string[] }) =>
  (await ws.getRows(kind, select)).map((r) => r.data as T);

/** Loads the window; a legacy state is taken whole once and marked to be written as rows. */
export async function loadWindow(ws: Workspace, config: ClusterConfig): Promise<Held> {
  // The version first: a state read after it is at least as new, and a newer one only makes the
  // next commit conflict and retry, never overwrite what another writer added.
  const version = await ws.getState<number>(CLUSTER_VERSION);
  const legacy = await ws.getState<ClusterState>(LEGACY_STATE);
  if (legacy) {
    const clusterer = new Clusterer(config, legacy);
    clusterer.touchAll();
    return {
      clusterer,
      version,
      terms: new Set(legacy.docFreq.df.map(([k]) => k)),
      legacy: true,
      placed: 0,
      spin: new SpinMemo(),
    };
  }
  const meta = (await ws.getState<ClusterMeta>(CLUSTER_META)) ?? { seq: 0, clock: null, n: 0 };
  const stories = await rowsOf<StoryRow>(ws, 'story', { hot: true });
  const events = await rowsOf<EventRow>(ws, 'event', { hot: true });
  // Closed both ways: the story of every hot event, and every event of every story held.
  const held = new Set(stories.map((s) => s.id));
  const moreStories = [...new Set(events.map((e) => e.story))].filter((id) => !held.has(id));
  if (moreStories.length) stories.push(...(await rowsOf<StoryRow>(ws, 'story', { ids: moreStories })));
  const heldEvents = new Set(events.map((e) => e.id));
  const moreEvents = [...new Set(stories.flatMap((s) => s.events))].filter((id) => !heldEvents.has(id));
  if (moreEvents.length) events.push(...(await rowsOf<EventRow>(ws, 'event', { ids: moreEvents })));
  const memory = await rowsOf<Remembered>(ws, 'memory', { hot: true });
  const terms = new Set<string>();
  for (const m of memory) for (const [k] of m.vec) terms.add(k);
  for (const g of [...stories, ...events]) for (const [k] of g.centroid ?? []) terms.add(k);
  const docFreq = await termCounts(ws, [...terms]);
  const clusterer = Clusterer.fromWindow(config, { meta, events, stories, memory, docFreq });
  return { clusterer, version, terms, legacy: false, placed: 0, spin: new SpinMemo() };
}

async function termCounts(ws: Workspace, terms: readonly string[]): Promise<[string, number][]> {
  const out: [string, number][] = [];
  for (let i = 0; i < terms.length; i += 5000)
    for (const r of await ws.getRows('df', { ids: terms.slice(i, i + 5000) })) out.push([r.id, r.ord]);
  return out;
}

/** Loads the counts of terms about to be weighed that the window does not hold yet. */
export async function loadTerms(held: Held, ws: Workspace, terms: Iterable<string>): Promise<void> {
  const missing = [...new Set(terms)].filter((t) => !held.terms.has(t));
  if (held.legacy || missing.length === 0) return;
  held.clusterer.loadDocFreq(await termCounts(ws, missing));
  for (const t of missing) held.terms.add(t);
}

/** What changed, as the rows the store writes. */
export function changeRows(c: ClusterChanges): {
  upsert: KeyedRow[];
  remove: { kind: string; id: string }[];
} {
  const upsert: KeyedRow[] = [
    ...c.events.map((e) => ({ kind: 'event', id: e.id, ord: e.seq, hot: e.centroid !== null, data: e })),
    ...c.stories.map((s) => ({ kind: 'story', id: s.id, ord: s.seq, hot: s.centroid !== null, data: s })),
    ...c.remembered.map((m) => ({ kind: 'memory', id: m.id, ord: m.at ?? 0, hot: true, data: m })),
    ...c.docFreq.map(([term, n]) => ({ kind: 'df', id: term, ord: n, hot: false, data: null })),
  ];
  const remove = [...c.removed, ...c.forgotten.map((id) => ({ kind: 'memory', id }))];
  return { upsert, remove };
}
