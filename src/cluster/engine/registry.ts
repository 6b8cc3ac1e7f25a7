// Which article is in which event, which event in which story, and the merges between them. The
// older of two merged groups survives, so ids stay stable; every merge is written in the surviving
// story's history.
import { combine, type EventGroup, groupId, newGroup, type StoryState } from './groups.js';
import { type ClusterState, eventFromJSON, storyFromJSON } from './state.js';

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

  /** A new event, in `storyId` or in a new story started by the same article. */
  newEvent(articleId: string, storyId: string | null, seq: number): EventGroup {
    const story = storyId ? this.story(storyId) : this.newStory(articleId, seq);
    const event: EventGroup = { ...newGroup(groupId('e', articleId), seq), story: story.id, label: null };
    this.events.set(event.id, event);
    this.active.add(event.id);
    story.events.push(event.id);
    return event;
  }

  private newStory(articleId: string, seq: number): StoryState {
    const story: StoryState = { ...newGroup(groupId('s', articleId), seq), events: [], history: [], rev: 0 };
    story.history.push({
      kind: 'created',
      detail: `story started by article ${articleId}`,
      articles: [articleId],
    });
    this.stories.set(story.id, story);
    this.active.add(story.id);
    return story;
  }

  private readonly order = (id: string): number => this.placed.get(id)?.at ?? Number.MAX_SAFE_INTEGER;

  mergeEvents(a: EventGroup, b: EventGroup, why: string): void {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    combine(keep, gone, this.order, this.seq);
    for (const id of gone.articles) this.placed.set(id, { event: keep.id, at: this.order(id) });
    this.events.delete(gone.id);
    this.active.delete(gone.id);
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
}
