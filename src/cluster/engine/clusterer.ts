// The online clusterer. Each article is placed once, in arrival order: (1) its features are
// weighed with the IDF learnt so far; (2) candidate events come from the inverted index over its
// rarest terms; (3) it joins the best event at or above the event threshold, and an event nearly as
// close is merged in; (4) otherwise it starts a new event, placed in the best story above the
// story threshold, or in a new story. Ids derive from each group's first article.
import type { AnalyzedArticle } from '../../types/article.js';
import type { StoryGroup } from '../../types/stages.js';
import type { ClusterConfig } from '../config.js';
import { type ArticleFeatures, articleFeatures } from '../features/index.js';
import { DocFreq } from './docfreq.js';
import {
  absorb,
  combine,
  type EventGroup,
  type Group,
  groupId,
  groupLabel,
  newGroup,
  type StoryState,
} from './groups.js';
import { Postings } from './postings.js';
import { changesSince, type StoryChanges, storyGroup } from './report.js';
import { eventScore, storyScore } from './score.js';
import {
  type ClusterState,
  checkState,
  eventFromJSON,
  eventToJSON,
  storyFromJSON,
  storyToJSON,
} from './state.js';
import { topKeys, trim, unit, type Vec } from './vector.js';

interface Scored<G> {
  group: G;
  score: number;
}

export interface Placement {
  story: string;
  event: string;
}

export class Clusterer {
  private readonly docFreq: DocFreq;
  private readonly events = new Map<string, EventGroup>();
  private readonly stories = new Map<string, StoryState>();
  private readonly eventIndex: Postings;
  private readonly storyIndex: Postings;
  private readonly placed = new Map<string, { event: string; at: number }>();
  private seq = 0;
  private clock: number | null = null;

  constructor(
    private readonly config: ClusterConfig,
    state?: ClusterState,
  ) {
    this.eventIndex = new Postings(config.maxPostings);
    this.storyIndex = new Postings(config.maxPostings);
    this.docFreq = new DocFreq(state?.docFreq);
    if (state) this.restore(state);
  }

  /** Places one article; an article already placed keeps its place. */
  add(article: AnalyzedArticle): Placement {
    return this.placedAt(article.id) ?? this.place(articleFeatures(article, this.config));
  }

  /** Places an article from precomputed features (what `add` does after extracting them). */
  place(f: ArticleFeatures): Placement {
    const known = this.placedAt(f.id);
    if (known) return known;
    const seq = ++this.seq;
    this.docFreq.add(f.weights.keys());
    if (f.day !== null) this.clock = Math.max(this.clock ?? f.day, f.day);
    const vec = unit(f.weights, this.docFreq.idf);
    const raw = unit(f.weights);
    const query = topKeys(vec, this.config.queryTerms);
    const ranked = this.rank(this.eventIndex, this.events, query, (g) =>
      eventScore(vec, f, g, this.docFreq.idf, this.config),
    );
    const [best, second] = ranked;
    const event =
      best && best.score >= this.config.eventThreshold ? best.group : this.startEvent(f, vec, query, seq);
    this.placed.set(f.id, { event: event.id, at: seq });
    absorb(event, f, raw, seq);
    const story = this.stories.get(event.story)!;
    absorb(story, f, raw, seq);
    this.refresh(event, this.eventIndex);
    this.refresh(story, this.storyIndex);
    story.rev++;
    if (event === best?.group && second && second.score >= this.config.mergeThreshold) {
      this.mergeEvents(
        event,
        second.group,
        `article ${f.id} matched both at ${best.score.toFixed(2)} and ${second.score.toFixed(2)}`,
      );
    }
    if (seq % this.config.sweepEvery === 0) this.sweep();
    return this.placedAt(f.id)!;
  }

  groups(): StoryGroup[] {
    return [...this.stories.values()].map((s) => this.toGroup(s));
  }

  snapshot(): ClusterState {
    return {
      version: 1,
      seq: this.seq,
      clock: this.clock,
      docFreq: this.docFreq.toJSON(),
      placed: [...this.placed].map(([id, p]) => [id, p.event]),
      events: [...this.events.values()].map(eventToJSON),
      stories: [...this.stories.values()].map(storyToJSON),
    };
  }

  /** The stories to write after a snapshot was stored: new or changed ones, and those merged away. */
  changedSince(previous: ClusterState): StoryChanges {
    return changesSince(previous, this.stories, (s) => this.toGroup(s));
  }

  private toGroup(s: StoryState): StoryGroup {
    return storyGroup(s, this.events, this.docFreq.idf, this.config.labelTerms);
  }

  private placedAt(id: string): Placement | null {
    const p = this.placed.get(id);
    const event = p ? this.events.get(p.event) : undefined;
    return event ? { story: event.story, event: event.id } : null;
  }

  private rank<G extends Group>(
    index: Postings,
    groups: ReadonlyMap<string, G>,
    query: string[],
    score: (g: G) => number,
  ): Scored<G>[] {
    return index
      .candidates(query, this.config.maxCandidates)
      .map((id) => groups.get(id))
      .filter((g): g is G => g !== undefined && g.centroid !== null)
      .map((group) => ({ group, score: score(group) }))
      .sort((a, b) => b.score - a.score || a.group.seq - b.group.seq);
  }

  private startEvent(f: ArticleFeatures, vec: Vec, query: string[], seq: number): EventGroup {
    const ranked = this.rank(this.storyIndex, this.stories, query, (g) =>
      storyScore(vec, f, g, this.docFreq.idf, this.config),
    );
    const [best, second] = ranked;
    let story = best && best.score >= this.config.storyThreshold ? best.group : null;
    if (!story) {
      story = { ...newGroup(groupId('s', f.id), seq), events: [], history: [], rev: 0 };
      story.history.push({ kind: 'created', detail: `story started by article ${f.id}`, articles: [f.id] });
      this.stories.set(story.id, story);
    } else if (second && second.score >= this.config.mergeThreshold) {
      story = this.mergeStories(
        story,
        second.group,
        `article ${f.id} matched both stories at ${best!.score.toFixed(2)} and ${second.score.toFixed(2)}`,
      );
    }
    const event: EventGroup = { ...newGroup(groupId('e', f.id), seq), story: story.id, label: null };
    this.events.set(event.id, event);
    story.events.push(event.id);
    return event;
  }

  /** Trims the centroid and re-indexes the group under its current keys. */
  private refresh(g: Group, index: Postings): void {
    if (!g.centroid) return;
    index.remove(g.id, trim(g.centroid, this.config.centroidTerms, this.docFreq.idf));
    index.index(g.id, g.centroid.keys());
  }

  private readonly order = (id: string): number => this.placed.get(id)?.at ?? Number.MAX_SAFE_INTEGER;

  private mergeEvents(a: EventGroup, b: EventGroup, why: string): void {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    if (gone.centroid) this.eventIndex.remove(gone.id, gone.centroid.keys());
    combine(keep, gone, this.order, this.seq);
    for (const id of gone.articles) this.placed.set(id, { event: keep.id, at: this.order(id) });
    this.events.delete(gone.id);
    const goneStory = this.stories.get(gone.story)!;
    goneStory.events = goneStory.events.filter((id) => id !== gone.id);
    const keepStory = this.stories.get(keep.story)!;
    keepStory.history.push({
      kind: 'merged',
      detail: `event ${gone.id} merged into ${keep.id}: ${why}`,
      articles: [...gone.articles],
    });
    keepStory.rev++;
    this.refresh(keep, this.eventIndex);
    if (goneStory !== keepStory)
      this.mergeStories(keepStory, goneStory, `their events ${keep.id} and ${gone.id} merged`);
  }

  private mergeStories(a: StoryState, b: StoryState, why: string): StoryState {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    if (gone.centroid) this.storyIndex.remove(gone.id, gone.centroid.keys());
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
    this.refresh(keep, this.storyIndex);
    return keep;
  }

  /** Groups idle past the expiry window leave the index; events keep their label. */
  private sweep(): void {
    if (this.clock === null) return;
    const stale = (g: Group) =>
      g.centroid !== null && g.lastDay !== null && this.clock! - g.lastDay > this.config.expireDays;
    for (const e of this.events.values()) {
      if (!stale(e)) continue;
      e.label = groupLabel(e, this.docFreq.idf, this.config.labelTerms);
      this.eventIndex.remove(e.id, e.centroid!.keys());
      e.centroid = null;
    }
    for (const s of this.stories.values()) {
      if (!stale(s)) continue;
      this.storyIndex.remove(s.id, s.centroid!.keys());
      s.centroid = null;
    }
  }

  private restore(state: ClusterState): void {
    checkState(state);
    this.seq = state.seq;
    this.clock = state.clock;
    for (const j of state.events) this.events.set(j.id, eventFromJSON(j));
    for (const j of state.stories) this.stories.set(j.id, storyFromJSON(j));
    state.placed.forEach(([id, event], i) => {
      this.placed.set(id, { event, at: i + 1 });
    });
    // The index is rebuilt in update order, which gives the same lists the live clusterer had.
    const byTouch = <G extends Group>(m: Map<string, G>) =>
      [...m.values()].filter((g) => g.centroid).sort((a, b) => a.touched - b.touched);
    for (const e of byTouch(this.events)) this.eventIndex.index(e.id, e.centroid!.keys());
    for (const s of byTouch(this.stories)) this.storyIndex.index(s.id, s.centroid!.keys());
  }
}
