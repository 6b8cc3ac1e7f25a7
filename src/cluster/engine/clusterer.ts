// The online clusterer. Each article is placed once, in arrival order: (1) its features are
// weighed with the IDF learnt so far; (2) remembered articles sharing its rarest terms come from
// the inverted index and are compared exactly; (3) their similarities, grouped by event and by
// story, score each group; (4) the article joins the best event at or above the event threshold
// (an event nearly as close is merged in), or starts a new event inside the best story at or above
// the story threshold, or a new story. Ids derive from each group's first article.
import type { AnalyzedArticle } from '../../types/article.js';
import type { StoryGroup } from '../../types/stages.js';
import type { ClusterConfig } from '../config.js';
import { type ArticleFeatures, articleFeatures } from '../features/index.js';
import { DocFreq } from './docfreq.js';
import { absorb, type EventGroup, type Group, groupLabel, type StoryState } from './groups.js';
import { Memory, type Remembered, reweighAt, similarity } from './memory.js';
import { PairSimilarities } from './pairs.js';
import { type ReadMember, Registry, type Scored } from './registry.js';
import { changesSince, type StoryChanges, storyGroup } from './report.js';
import { eventScore, peopleAgreement, storyScore } from './score.js';
import { checkAt, meanSimilarity, partition } from './split.js';
import {
  type ClusterChanges,
  type ClusterMeta,
  type ClusterState,
  type ClusterWindow,
  checkState,
  eventToJSON,
  storyToJSON,
} from './state.js';
import { topKeys, trim, unit, type Vec } from './vector.js';

/** An expired group keeps its articles, label and date; what it was matched on goes. */
function forgetFeatures(g: Group): void {
  g.centroid = null;
  g.surfaces.clear();
  g.actors.clear();
}

export interface Placement {
  story: string;
  event: string;
  /** Set when the placement ran out of time: what it did instead, and why (see PlaceLimit). */
  cut?: string;
}

/**
 * A time limit on one article's placement (the per-document limit, see DocumentTimes): `over()`
 * gives the reason once the article's time is up, else null. It is read before each candidate is
 * compared and between the steps after the choice. An article out of time before its place is
 * chosen is placed as its own story (a new story with one event, its history saying why), without
 * further comparisons; one out of time after it is placed keeps its place, and the rejoin and split
 * checks of its story are left to the story's next article. Either way the work left is a few
 * steps over the article's own terms.
 */
export interface PlaceLimit {
  over(): string | null;
}

export class Clusterer {
  private readonly docFreq: DocFreq;
  private readonly memory: Memory;
  /** Similarities of remembered pairs, for the re-reads of the next placements (see pairs.ts). */
  private readonly pairs = new PairSimilarities();
  private readonly groups_: Registry;
  private clock: number | null = null;

  constructor(
    private readonly config: ClusterConfig,
    state?: ClusterState,
    registry?: Registry,
  ) {
    if (state) checkState(state);
    this.docFreq = new DocFreq(state?.docFreq, config.idfPower);
    this.memory = new Memory(config.articleTerms, config.maxPostings);
    this.groups_ = registry ?? new Registry(state);
    this.clock = state?.clock ?? null;
    for (const entry of state?.memory ?? []) this.memory.restore(entry);
  }

  /**
   * A clusterer over the window a workspace loads from its rows: the groups still matched against
   * (with the events of their stories), the remembered articles in arrival order, and the
   * document frequencies of the terms they hold. The rest of the archive is never read.
   */
  static fromWindow(config: ClusterConfig, w: ClusterWindow): Clusterer {
    const c = new Clusterer(config, undefined, Registry.fromGroups(w.meta.seq, w.events, w.stories));
    c.docFreq.n = w.meta.n;
    c.docFreq.load(w.docFreq);
    c.clock = w.meta.clock;
    for (const entry of w.memory) c.memory.restore(entry);
    return c;
  }

  /** Loads stored document frequencies for terms about to be weighed (see DocFreq.load). */
  loadDocFreq(counts: Iterable<readonly [string, number]>): void {
    this.docFreq.load(counts);
  }

  /** Counters a window restarts from. */
  meta(): ClusterMeta {
    return { seq: this.groups_.seq, clock: this.clock, n: this.docFreq.n };
  }

  /** Everything held, as changed: the next `takeChanges()` writes the whole state as rows. */
  touchAll(): void {
    this.groups_.touchAll();
    this.memory.touchAll();
    this.docFreq.touchAll();
  }

  /** The rows changed since the last call (groups, remembered articles, term counts) and the counters. */
  takeChanges(): ClusterChanges {
    return {
      ...this.groups_.takeChanged(),
      ...this.memory.takeChanged(),
      docFreq: this.docFreq.takeChanged(),
      meta: this.meta(),
    };
  }

  /** Places one article; an article already placed keeps its place. */
  add(article: AnalyzedArticle): Placement {
    return this.groups_.placement(article.id) ?? this.place(articleFeatures(article, this.config));
  }

  /**
   * Places an article from precomputed features (what `add` does after extracting them); with a
   * `limit`, as far as the article's time allows (see PlaceLimit).
   */
  place(f: ArticleFeatures, limit?: PlaceLimit): Placement {
    const known = this.groups_.placement(f.id);
    if (known) return known;
    this.docFreq.add(f.weights.keys());
    if (reweighAt(this.docFreq.n)) {
      this.memory.reweigh(this.docFreq.idf);
      this.pairs.clear();
    }
    if (f.day !== null) this.clock = Math.max(this.clock ?? f.day, f.day);
    const idf = this.docFreq.idf;
    const vec = unit(f.weights, idf);
    const scored = this.score(vec, f, limit);
    const { events, stories } = scored;
    const [best, second] = events;
    const reg = this.groups_;
    const seq = reg.nextSeq();
    let cut = scored.over && `placed as its own story: ${scored.over} in placement`;
    const event = scored.over
      ? reg.newEvent(f.id, null, seq, `${scored.over} in placement`)
      : best && best.score >= this.config.eventThreshold
        ? best.group
        : reg.newEvent(f.id, this.chooseStory(stories, f.id), seq);
    reg.assign(f.id, event, seq);
    const raw = unit(f.weights);
    absorb(event, f, raw, seq, f.surfaces);
    const story = reg.story(event.story);
    absorb(story, f, raw, seq, f.surfaces);
    story.rev++;
    for (const g of [event, story]) {
      if (!g.centroid) continue;
      for (const k of trim(g.centroid, this.config.centroidTerms, idf)) g.surfaces.delete(k);
    }
    this.memory.remember(f, seq, idf);
    if (event === best?.group && second && second.score >= this.config.mergeThreshold) {
      reg.mergeEvents(
        event,
        second.group,
        `article ${f.id} matched both at ${best.score.toFixed(2)} and ${second.score.toFixed(2)}`,
      );
    }
    // Out of time after the choice: the article keeps its place; its story's checks wait for the next.
    const late = () => {
      const over = cut ? null : limit?.over();
      if (over) cut = `placed without the rejoin and split checks of its story: ${over} in placement`;
      return cut !== null;
    };
    if (this.config.rejoin && !late()) this.rejoin(reg.story(reg.placement(f.id)!.story), stories, f.id);
    if (!late()) this.reread(reg.story(reg.placement(f.id)!.story), 'story');
    if (!late()) this.reread(reg.events.get(reg.placement(f.id)!.event)!, 'event');
    if (seq % this.config.sweepEvery === 0) this.sweep();
    const placement = reg.placement(f.id)!;
    return cut ? { ...placement, cut } : placement;
  }

  groups(): StoryGroup[] {
    return this.groups_
      .allStories()
      .map((s) => storyGroup(s, this.groups_.events, this.docFreq.idf, this.config.labelTerms));
  }

  /** The named stories as the pipeline sees them (those not held are left out). */
  storyGroups(ids: readonly string[]): StoryGroup[] {
    return ids
      .map((id) => this.groups_.stories.get(id))
      .filter((s): s is StoryState => s !== undefined)
      .map((s) => storyGroup(s, this.groups_.events, this.docFreq.idf, this.config.labelTerms));
  }

  snapshot(): ClusterState {
    const reg = this.groups_;
    return {
      version: 1,
      seq: reg.seq,
      clock: this.clock,
      docFreq: this.docFreq.toJSON(),
      placed: reg.placedList(),
      events: [...reg.events.values()].map(eventToJSON),
      stories: reg.allStories().map(storyToJSON),
      memory: [...this.memory.articles.values()].map((a) => ({
        ...a,
        vec: a.vec.map(([k, w]) => [k, w]),
        weighted: a.weighted.map(([k, w]) => [k, w]),
      })),
    };
  }

  /** Each story's revision (bumped on every change): compare two of these to find what to write. */
  revisions(): Map<string, number> {
    return new Map(this.groups_.allStories().map((s) => [s.id, s.rev]));
  }

  /** The stories to write after a snapshot was stored: new or changed ones, and those merged away. */
  changedSince(previous: ClusterState): StoryChanges {
    const idf = this.docFreq.idf;
    return changesSince(previous, this.groups_.stories, (s) =>
      storyGroup(s, this.groups_.events, idf, this.config.labelTerms),
    );
  }

  /**
   * Similarities with remembered articles, grouped into event and story scores, best first. With a
   * `limit`, `over` is the reason the article ran out of time before its candidates were all
   * compared (the scores are then left empty), else null.
   */
  private score(
    vec: Vec,
    f: ArticleFeatures,
    limit?: PlaceLimit,
  ): { events: Scored<EventGroup>[]; stories: Scored<Group & { id: string }>[]; over: string | null } {
    const query = topKeys(vec, this.config.queryTerms);
    const byEvent = new Map<string, number[]>();
    for (const other of this.memory.candidates(query, this.config.maxCandidates)) {
      const over = limit?.over();
      if (over) return { events: [], stories: [], over };
      const event = this.groups_.placement(other.id)?.event;
      if (!event) continue;
      const sims = byEvent.get(event);
      const sim = similarity(vec, other) * peopleAgreement(f.actors, other.actors, this.config);
      if (sims) sims.push(sim);
      else byEvent.set(event, [sim]);
    }
    const byStory = new Map<string, number[]>();
    for (const [id, sims] of byEvent) {
      const story = this.groups_.events.get(id)!.story;
      const all = byStory.get(story);
      if (all) all.push(...sims);
      else byStory.set(story, [...sims]);
    }
    const reg = this.groups_;
    const rank = <G extends Group>(
      m: Map<string, number[]>,
      get: (id: string) => G,
      s: (sims: number[], g: G) => number,
    ) =>
      [...m]
        .map(([id, sims]) => ({ group: get(id), score: s(sims, get(id)) }))
        .sort((a, b) => b.score - a.score || a.group.seq - b.group.seq);
    const over = limit?.over() ?? null;
    if (over) return { events: [], stories: [], over };
    return {
      over,
      events: rank(
        byEvent,
        (id) => reg.events.get(id)!,
        (sims, g) => eventScore(sims, f, g, this.config),
      ),
      stories: rank(
        byStory,
        (id) => reg.story(id),
        (sims, g) => storyScore(sims, f, g, this.config),
      ),
    };
  }

  private chooseStory(stories: Scored<Group>[], articleId: string): string | null {
    const [best, second] = stories;
    if (!best || best.score < this.config.storyThreshold) return null;
    if (second && second.score >= this.config.mergeThreshold) {
      const why = `article ${articleId} matched both stories at ${best.score.toFixed(2)} and ${second.score.toFixed(2)}`;
      return this.groups_.mergeStories(
        this.groups_.story(best.group.id),
        this.groups_.story(second.group.id),
        why,
      ).id;
    }
    return best.group.id;
  }

  /** A remembered article as a group holds it. */
  private readonly read: ReadMember = (id) => {
    const r = this.memory.articles.get(id);
    if (!r) return null;
    const member = {
      id,
      day: r.day,
      happening: r.happening ?? { date: null, weekday: null, source: null },
      actors: r.actors ?? [],
    };
    // Built only for an article that moves: reading a day must not rebuild every member's vector.
    const raw = () => {
      const n = r.norm ?? Math.hypot(...r.vec.map(([, x]) => x));
      return new Map(r.vec.map(([k, x]) => [k, x / (n || 1)]));
    };
    return { member, raw };
  };

  /**
   * Re-reads a group that just grew as a batch over its remembered articles and splits it when
   * they fall into separate parts (see split.ts); the part holding its oldest article keeps the id.
   */
  private reread(g: StoryState | EventGroup, kind: 'story' | 'event'): void {
    const c = this.config;
    if (!g.centroid || !checkAt(g.articles.length, c.splitMinSize)) return;
    const members = this.remembered(g.articles).slice(-c.splitMembers);
    const sim = this.similarities(members);
    const parts = partition(sim, this.splitSettings(kind));
    if (!parts) return;
    const mean = (p: number[], q: number[]) => meanSimilarity(sim, p, q);
    const [stay, ...away] = parts;
    for (const part of away) {
      const ids = part.map((i) => members[i]!.id);
      const why = `${part.length} of its articles are closer to one another than to the rest (mean similarity ${mean(part, part).toFixed(2)} within, ${mean(part, stay!).toFixed(2)} across)`;
      if (kind === 'story') this.groups_.splitStory(g as StoryState, ids, why, this.read);
      else this.groups_.splitEvent(g as EventGroup, ids, why, this.read);
    }
  }

  /**
   * The reverse of a split: a story the article also fits (at or above the story threshold) is
   * read together with the article's story as one batch; when the union holds together (no
   * split would separate it), the two are fragments of one story and are merged.
   */
  private rejoin(story: StoryState, ranked: Scored<Group & { id: string }>[], articleId: string): void {
    const c = this.config;
    for (const other of ranked.slice(0, 3)) {
      if (other.score < c.storyThreshold) return;
      const g = this.groups_.stories.get(other.group.id);
      if (!g || g === story || !g.centroid || !story.centroid) continue;
      // Stories carried by different people stay apart, as when a new event is placed.
      const actors = [...g.actors.keys()];
      if (actors.length > 0 && story.actors.size > 0 && !actors.some((a) => story.actors.has(a))) continue;
      const own = this.remembered(story.articles).slice(-c.splitMembers / 2);
      const theirs = this.remembered(g.articles).slice(-c.splitMembers / 2);
      if (own.length === 0 || theirs.length === 0) continue;
      const sim = this.similarities([...own, ...theirs]);
      const ownIdx = own.map((_, i) => i);
      const theirIdx = theirs.map((_, i) => own.length + i);
      // As alike across as a story's own articles must be, and no split would part them again.
      if (meanSimilarity(sim, ownIdx, theirIdx) < c.splitStoryThreshold) continue;
      if (partition(sim, this.splitSettings('story'))) continue;
      const why = `article ${articleId} fits both, and read together their articles hold as one story`;
      story = this.groups_.mergeStories(story, g, why);
    }
  }

  /** The articles among `ids` still remembered, in the same order. */
  private remembered(ids: readonly string[]): Remembered[] {
    return ids.map((id) => this.memory.articles.get(id)).filter((a): a is Remembered => a !== undefined);
  }

  private similarities(members: readonly Remembered[]): Float64Array[] {
    // A member's vector as a Map is built only when one of its pairs is not kept.
    const vectors: (Vec | undefined)[] = [];
    const vector = (i: number) => {
      vectors[i] ??= new Map(members[i]!.weighted);
      return vectors[i]!;
    };
    const sim = members.map((a, i) =>
      Float64Array.from(members, (b, j) =>
        i === j
          ? 1
          : j < i
            ? 0
            : this.pairs.get(
                a,
                b,
                () => similarity(vector(i), b) * peopleAgreement(a.actors, b.actors, this.config),
              ),
      ),
    );
    for (let i = 0; i < sim.length; i++) for (let j = 0; j < i; j++) sim[i]![j] = sim[j]![i]!;
    return sim;
  }

  private splitSettings(kind: 'story' | 'event') {
    const c = this.config;
    return {
      threshold: kind === 'story' ? c.splitStoryThreshold : c.splitEventThreshold,
      cohesion: c.splitCohesion,
      minPart: c.splitMinPart,
    };
  }

  /** Articles and groups idle past the expiry windows are forgotten; events keep their label. */
  private sweep(): void {
    const c = this.config;
    const reg = this.groups_;
    // Idle in both senses: no article for `expireArticles` arrivals, and (when the stream is dated)
    // nothing within `expireDays` of the newest day seen. An archive fed out of date order keeps
    // its old stories while they are still being fed; a live stream forgets last month's.
    const quietBefore = reg.seq - c.expireArticles;
    const horizon = this.clock === null ? null : this.clock - c.expireDays;
    const stale = (day: number | null, at: number) =>
      at < quietBefore && (horizon === null || day === null || day < horizon);
    for (const a of [...this.memory.articles.values()]) if (stale(a.day, a.at ?? 0)) this.memory.forget(a.id);
    for (const id of [...reg.active]) {
      const event = reg.events.get(id);
      const g = event ?? reg.stories.get(id);
      if (!g || !stale(g.lastDay, g.touched)) continue;
      if (event) event.label = groupLabel(event, this.docFreq.idf, c.labelTerms);
      forgetFeatures(g);
      reg.active.delete(id);
      reg.touch(id);
    }
  }
}
