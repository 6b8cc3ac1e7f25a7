// The clusterer's state as plain JSON (the workspace store keeps it as a named blob). Maps become
// entry lists; array order is kept, so a restored clusterer continues exactly where it stopped.
import type { EventGroup, Group, StoryState } from './groups.js';
import type { Remembered } from './memory.js';

interface GroupJSON {
  id: string;
  seq: number;
  touched: number;
  articles: string[];
  centroid: [string, number][] | null;
  lastDay: number | null;
  /** Absent in states written before the first day was kept. */
  firstDay?: number | null;
  dates: [string, number][];
  weekdays: [number, number][];
  actors: [string, number][];
  surfaces: [string, string][];
}

export type EventJSON = GroupJSON & { story: string; label: string | null };
export type StoryJSON = GroupJSON & { events: string[]; history: StoryState['history']; rev: number };
/** A group as one stored row: with each article's arrival order, parallel to `articles`. */
export type EventRow = EventJSON & { at: number[] };
export type StoryRow = StoryJSON & { at: number[] };

export interface ClusterState {
  version: 1;
  /** Articles placed so far (also the sequence counter). */
  seq: number;
  /** The latest article day seen (days since 1970-01-01), or null. */
  clock: number | null;
  docFreq: { n: number; df: [string, number][] };
  /** Article id → event id, in arrival order. */
  placed: [string, string][];
  events: EventJSON[];
  stories: StoryJSON[];
  /** The articles still compared with (inside the expiry window), in arrival order. */
  memory: Remembered[];
}

function groupToJSON(g: Group): GroupJSON {
  return {
    id: g.id,
    seq: g.seq,
    touched: g.touched,
    articles: [...g.articles],
    centroid: g.centroid ? [...g.centroid] : null,
    lastDay: g.lastDay,
    firstDay: g.firstDay,
    dates: [...g.dates],
    weekdays: [...g.weekdays],
    actors: [...g.actors],
    surfaces: [...g.surfaces],
  };
}

function groupFromJSON(j: GroupJSON): Group {
  return {
    id: j.id,
    seq: j.seq,
    touched: j.touched,
    articles: [...j.articles],
    centroid: j.centroid ? new Map(j.centroid) : null,
    lastDay: j.lastDay,
    firstDay: j.firstDay ?? j.lastDay,
    dates: new Map(j.dates),
    weekdays: new Map(j.weekdays),
    actors: new Map(j.actors),
    surfaces: new Map(j.surfaces),
  };
}

export const eventToJSON = (e: EventGroup): EventJSON => ({
  ...groupToJSON(e),
  story: e.story,
  label: e.label,
});
export const eventFromJSON = (j: EventJSON): EventGroup => ({
  ...groupFromJSON(j),
  story: j.story,
  label: j.label,
});

export const storyToJSON = (s: StoryState): StoryJSON => ({
  ...groupToJSON(s),
  events: [...s.events],
  history: s.history.map((h) => ({ ...h, articles: [...h.articles] })),
  rev: s.rev,
});

export const storyFromJSON = (j: StoryJSON): StoryState => ({
  ...groupFromJSON(j),
  events: [...j.events],
  history: j.history.map((h) => ({ ...h, articles: [...h.articles] })),
  rev: j.rev,
});

/** The counters a clusterer restarts from: articles placed, the newest day, articles counted in IDF. */
export interface ClusterMeta {
  seq: number;
  clock: number | null;
  n: number;
}

/** What a workspace loads to place new articles (see Clusterer.fromWindow). */
export interface ClusterWindow {
  meta: ClusterMeta;
  events: EventRow[];
  stories: StoryRow[];
  /** In arrival order. */
  memory: Remembered[];
  docFreq: Iterable<readonly [string, number]>;
}

/** What changed since the last write, as rows. */
export interface ClusterChanges {
  events: EventRow[];
  stories: StoryRow[];
  removed: { kind: 'event' | 'story'; id: string }[];
  remembered: Remembered[];
  forgotten: string[];
  docFreq: [string, number][];
  meta: ClusterMeta;
}

/** Fails loudly on a blob from another version rather than clustering on a misread state. */
export function checkState(state: unknown): asserts state is ClusterState {
  const s = state as Partial<ClusterState> | null;
  if (
    s?.version !== 1 ||
    !Array.isArray(s.events) ||
    !Array.isArray(s.stories) ||
    !Array.isArray(s.placed) ||
    !Array.isArray(s.memory)
  ) {
    throw new Error(
      `cluster state: expected {version: 1, events[], stories[], placed[]}, found version ${String(s?.version)}`,
    );
  }
}
