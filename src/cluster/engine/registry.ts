// Which article is in which event, which event in which story, and the merges between them. The
// older of two merged groups survives, so ids stay stable; every merge is written in the surviving
// story's history.
import {
  absorb,
  combine,
  type EventGroup,
  groupId,
  type Member,
  newGroup,
  type StoryState,
  withdraw,
} from './groups.js';
import {
  type ClusterState,
  type EventRow,
  eventFromJSON,
  eventToJSON,
  type StoryRow,
  storyFromJSON,
  storyToJSON,
} from './state.js';
import type { Vec } from './vector.js';

/** An article as a split needs it: what its groups hold of it. */
export type ReadMember = (articleId: string) => { member: Member; raw: () => Vec } | null;

function mustRead(read: ReadMember, id: string): { member: Member; raw: Vec } {
  const r = read(id);
  if (!r) throw new Error(`cluster: article ${id} is no longer remembered and cannot move in a split`);
  return { member: r.member, raw: r.raw() };
}

export interface Scored<G> {
  group: G;
  score: number;
}

export class Registry {
  readonly events = new Map<string, EventGroup>();
  readonly stories = new Map<string, StoryState>();
  /** Groups still matched against (not expired): what the sweep looks at, so it never walks them all. */
  readonly active = new Set<string>();
  private readonly placed = new Map<string, { event: string; at: number }>();
  /** Groups changed, and groups gone (merged away), since the last `takeChanged()`: what a store writes. */
  private readonly dirty = new Set<string>();
  private readonly gone = new Set<string>();
  /** Articles placed so far; also the sequence counter. */
  seq = 0;

  constructor(state?: ClusterState) {
    if (!state) return;
    this.seq = state.seq;
    for (const j of state.events) this.events.set(j.id, eventFromJSON(j));
    for (const j of state.stories) this.stories.set(j.id, storyFromJSON(j));
    for (const g of [...this.events.values(), ...this.stories.values()])
      if (g.centroid) this.active.add(g.id);
    state.placed.forEach(([id, event], i) => {
      this.placed.set(id, { event, at: i + 1 });
    });
  }

  /**
   * A registry holding only part of the groups (what placement needs, loaded from rows). Each
   * event brings its articles' placements and arrival order (`at`, parallel to `articles`).
   */
  static fromGroups(seq: number, events: readonly EventRow[], stories: readonly StoryRow[]): Registry {
    const reg = new Registry();
    reg.seq = seq;
    for (const j of events) {
      reg.events.set(j.id, eventFromJSON(j));
      j.articles.forEach((id, i) => {
        reg.placed.set(id, { event: j.id, at: j.at[i] ?? 0 });
      });
    }
    for (const j of stories) reg.stories.set(j.id, storyFromJSON(j));
    for (const g of [...reg.events.values(), ...reg.stories.values()]) if (g.centroid) reg.active.add(g.id);
    return reg;
  }

  /** Marks a group changed (to be written); every mutation below calls it. */
  touch(...ids: string[]): void {
    for (const id of ids) this.dirty.add(id);
  }

  /** Every group held, as changed: what converting a whole state into rows writes. */
  touchAll(): void {
    for (const id of [...this.events.keys(), ...this.stories.keys()]) this.dirty.add(id);
  }

  /** The groups changed and removed since the last call, as rows; the record starts again empty. */
  takeChanged(): {
    events: EventRow[];
    stories: StoryRow[];
    removed: { kind: 'event' | 'story'; id: string }[];
  } {
    const at = (g: { articles: string[] }) => g.articles.map((id) => this.order(id));
    const events: EventRow[] = [];
    const stories: StoryRow[] = [];
    for (const id of this.dirty) {
      const e = this.events.get(id);
      if (e) events.push({ ...eventToJSON(e), at: at(e) });
      const s = this.stories.get(id);
      if (s) stories.push({ ...storyToJSON(s), at: at(s) });
    }
    const removed = [...this.gone]
      .filter((id) => !this.events.has(id) && !this.stories.has(id))
      .map((id) => ({ kind: id.startsWith('e-') ? ('event' as const) : ('story' as const), id }));
    this.dirty.clear();
    this.gone.clear();
    return { events, stories, removed };
  }

  nextSeq(): number {
    return ++this.seq;
  }

  placement(articleId: string): { story: string; event: string } | null {
    const p = this.placed.get(articleId);
    const event = p ? this.events.get(p.event) : undefined;
    return event ? { story: event.story, event: event.id } : null;
  }

  assign(articleId: string, event: EventGroup, seq: number): void {
    this.placed.set(articleId, { event: event.id, at: seq });
    this.touch(event.id, event.story);
  }

  placedList(): [string, string][] {
    return [...this.placed].map(([id, p]) => [id, p.event]);
  }

  story(id: string): StoryState {
    const s = this.stories.get(id);
    if (!s) throw new Error(`cluster: no story ${id}`);
    return s;
  }

  allStories(): StoryState[] {
    return [...this.stories.values()];
  }

  /**
   * A new event, in `storyId` or in a new story started by the same article; `why`, when the article
   * was placed on its own for a reason, is written in the new story's history.
   */
  newEvent(articleId: string, storyId: string | null, seq: number, why?: string): EventGroup {
    const story = storyId ? this.story(storyId) : this.newStory(articleId, seq, why);
    const event: EventGroup = { ...newGroup(groupId('e', articleId), seq), story: story.id, label: null };
    this.events.set(event.id, event);
    this.active.add(event.id);
    story.events.push(event.id);
    this.touch(event.id, story.id);
    return event;
  }

  private newStory(articleId: string, seq: number, why?: string): StoryState {
    const story: StoryState = { ...newGroup(groupId('s', articleId), seq), events: [], history: [], rev: 0 };
    story.history.push({
      kind: 'created',
      detail: `story started by article ${articleId}${why ? `, placed on its own: ${why}` : ''}`,
      articles: [articleId],
    });
    this.stories.set(story.id, story);
    this.active.add(story.id);
    this.touch(story.id);
    return story;
  }

  private readonly order = (id: string): number => this.placed.get(id)?.at ?? Number.MAX_SAFE_INTEGER;

  mergeEvents(a: EventGroup, b: EventGroup, why: string): void {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    combine(keep, gone, this.order, this.seq);
    for (const id of gone.articles) this.placed.set(id, { event: keep.id, at: this.order(id) });
    this.events.delete(gone.id);
    this.active.delete(gone.id);
    this.gone.add(gone.id);
    this.touch(keep.id, keep.story, gone.story);
    const goneStory = this.story(gone.story);
    goneStory.events = goneStory.events.filter((id) => id !== gone.id);
    const keepStory = this.story(keep.story);
    keepStory.history.push({
      kind: 'merged',
      detail: `event ${gone.id} merged into ${keep.id}: ${why}`,
      articles: [...gone.articles],
    });
    keepStory.rev++;
    if (goneStory !== keepStory)
      this.mergeStories(keepStory, goneStory, `their events ${keep.id} and ${gone.id} merged`);
  }

  mergeStories(a: StoryState, b: StoryState, why: string): StoryState {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    combine(keep, gone, this.order, this.seq);
    for (const id of gone.events) this.events.get(id)!.story = keep.id;
    this.touch(keep.id, ...gone.events);
    this.gone.add(gone.id);
    keep.events = [...keep.events, ...gone.events];
    keep.history.push({
      kind: 'merged',
      detail: `story ${gone.id} merged into ${keep.id}: ${why}`,
      articles: [...gone.articles],
    });
    keep.rev++;
    this.stories.delete(gone.id);
    this.active.delete(gone.id);
    return keep;
  }

  /** `groupId`, or a variant when that id is taken (an article may start a group twice: once, then again after a split). */
  private freshId(prefix: 's' | 'e', articleId: string): string {
    const taken = (id: string) => this.events.has(id) || this.stories.has(id);
    let id = groupId(prefix, articleId);
    for (let n = 1; taken(id); n++) id = groupId(prefix, `${articleId}#${n}`);
    return id;
  }

  /** Moves `moving` (some of `from`'s articles, in arrival order) into a new event of `into`. */
  private cutEvent(
    from: EventGroup,
    moving: readonly string[],
    into: StoryState,
    read: ReadMember,
  ): EventGroup {
    const cut: EventGroup = {
      ...newGroup(this.freshId('e', moving[0]!), this.seq),
      story: into.id,
      label: null,
    };
    for (const id of moving) {
      const { member, raw } = mustRead(read, id);
      withdraw(from, member, raw);
      absorb(cut, member, raw, this.seq, from.surfaces);
      this.placed.set(id, { event: cut.id, at: this.order(id) });
    }
    [from.firstDay, from.lastDay] = daysOf(from.articles, read, from);
    this.events.set(cut.id, cut);
    this.active.add(cut.id);
    into.events.push(cut.id);
    this.touch(from.id, cut.id, into.id, from.story);
    return cut;
  }

  /** Splits `moving` out of `event` into a new event of the same story; returns the new event. */
  splitEvent(event: EventGroup, moving: readonly string[], why: string, read: ReadMember): EventGroup {
    const story = this.story(event.story);
    const cut = this.cutEvent(event, moving, story, read);
    this.touch(story.id);
    story.history.push({
      kind: 'split',
      detail: `event ${cut.id} split from ${event.id}: ${why}`,
      articles: [...moving],
    });
    story.rev++;
    return cut;
  }

  /**
   * Splits `moving` out of `story` into a new story; its events are cut along the same line (an
   * event wholly on the moving side moves with its id). Returns the new story.
   */
  splitStory(story: StoryState, moving: readonly string[], why: string, read: ReadMember): StoryState {
    const fresh: StoryState = {
      ...newGroup(this.freshId('s', moving[0]!), this.seq),
      events: [],
      history: [],
      rev: 0,
    };
    this.stories.set(fresh.id, fresh);
    this.active.add(fresh.id);
    for (const id of moving) {
      const { member, raw } = mustRead(read, id);
      withdraw(story, member, raw);
      absorb(fresh, member, raw, this.seq, story.surfaces);
    }
    [story.firstDay, story.lastDay] = daysOf(story.articles, read, story);
    const out = new Set(moving);
    for (const id of [...story.events]) {
      const event = this.events.get(id)!;
      const leaving = event.articles.filter((a) => out.has(a));
      if (leaving.length === 0) continue;
      if (leaving.length < event.articles.length) {
        this.cutEvent(event, leaving, fresh, read);
        continue;
      }
      event.story = fresh.id;
      story.events = story.events.filter((e) => e !== id);
      fresh.events.push(id);
      this.touch(id);
    }
    this.touch(story.id, fresh.id);
    const detail = `story ${fresh.id} split from ${story.id}: ${why}`;
    for (const s of [story, fresh]) {
      s.history.push({ kind: 'split', detail, articles: [...moving] });
      s.rev++;
    }
    return fresh;
  }
}

/** The first and last days of the remembered articles among `ids`, or the group's own when none is known. */
function daysOf(
  ids: readonly string[],
  read: ReadMember,
  g: { firstDay: number | null; lastDay: number | null },
): [number | null, number | null] {
  let first: number | null = null;
  let last: number | null = null;
  for (const id of ids) {
    const d = read(id)?.member.day ?? null;
    if (d === null) continue;
    first = Math.min(first ?? d, d);
    last = Math.max(last ?? d, d);
  }
  return first === null ? [g.firstDay, g.lastDay] : [first, last];
}
