// The brief stage: one story group → the contract's Story. Every part is computed from the story's
// articles and points back into them (spans, sources); nothing is paraphrased.
import type { Article } from '../types/article.js';
import type { BriefInput, Context } from '../types/stages.js';
import { BRIEF_PARTS, type BriefPart, type Story } from '../types/story.js';
import type { BriefConfig } from './config.js';
import { headlineOf, storyEvents } from './events.js';
import { storyConflicts } from './facts/conflicts.js';
import { storyFacts } from './facts/index.js';
import { storyQuotes } from './quotes/index.js';
import { sourceBook } from './sources.js';
import { summarize } from './summary/index.js';
import { storyUnits } from './text/units.js';
import { storyTimeline } from './timeline/index.js';

function quoteOptions(config: BriefConfig) {
  return {
    overlap: config.quoteOverlap,
    overlapNoSpeaker: config.quoteOverlapNoSpeaker,
    scareWords: config.scareQuoteWords,
    max: config.maxQuotes,
  };
}

/**
 * A story's clock (see WorkClock): read after each part of its briefing, it gives the reason once
 * the story is past its time limit, else null.
 */
export interface StoryLimit {
  over(step: string): string | null;
}

/**
 * Runs the briefing's parts in order while the story has time: the part during which it passes its
 * limit, and those after it, are left empty and named in `incomplete`.
 */
function partsWithin<T extends Record<BriefPart, unknown>>(
  make: { [K in BriefPart]: () => T[K] },
  empty: { [K in BriefPart]: T[K] },
  limit: StoryLimit | undefined,
  core: () => string | null,
): { parts: T; incomplete?: Story['incomplete'] } {
  const parts = { ...empty } as T;
  let reason = core();
  const missing: BriefPart[] = [];
  for (const part of BRIEF_PARTS) {
    if (reason === null) {
      parts[part] = make[part]();
      reason = limit?.over(part) ?? null;
      if (reason === null) continue;
      parts[part] = empty[part];
    }
    missing.push(part);
  }
  return reason === null ? { parts } : { parts, incomplete: { reason, missing } };
}

/** With a `limit`, the briefing stops at the story's time limit and says so (see `partsWithin`). */
export function briefStory(input: BriefInput, ctx: Context, limit?: StoryLimit): Story {
  const config = ctx.config.brief;
  const wanted = new Set(input.group.articles);
  // The group's articles only, in the group's order (the input may carry more).
  const articles = input.group.articles
    .map((id) => input.articles.find((a) => a.id === id))
    .filter((a): a is Article => a !== undefined && wanted.has(a.id));
  const book = sourceBook(articles, input.reuse, config.flagScore);
  const units = storyUnits(articles);
  // A feed's summary (kind `summary`) is a teaser, often cut mid-quote: while the story has full
  // articles, its quotes and summary sentences come from them. Facts and the timeline still count it.
  const full = articles.filter((a) => a.kind !== 'summary');
  const prose = full.length && full.length < articles.length ? full : articles;
  const proseUnits = prose === articles ? units : storyUnits(prose);
  const events = storyEvents(input.group, articles, book);
  const eventRank = (id: string) => {
    const i = events.findIndex((e) => e.articles.includes(id));
    return i < 0 ? events.length : i;
  };
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  const core = {
    id: input.group.id,
    headline: headlineOf(articles, book),
    articles: articles.map((a) => a.id),
    events,
    history: (input.group.history ?? []).map((h) => ({ ...h, articles: [...h.articles] })),
    entities: input.entities.map((e) => ({ ...e, aliases: [...e.aliases], articles: [...e.articles] })),
  };
  const { parts, incomplete } = partsWithin<Pick<Story, BriefPart>>(
    {
      quotes: () => storyQuotes(prose, input.entities, book, quoteOptions(config)),
      facts: () =>
        storyFacts({
          articles,
          units,
          entities: input.entities,
          book,
          max: config.maxFacts,
          claimOverlap: config.claimOverlap,
        }),
      conflicts: () => storyConflicts({ articles, events, book, tolerance: config.quantityTolerance, names }),
      timeline: () =>
        storyTimeline(articles, units, book, events, {
          max: config.maxTimeline,
          overlap: config.timelineOverlap,
          backgroundDays: config.timelineBackgroundDays,
        }),
      summary: () => summarize({ units: proseUnits, book, eventRank, config }),
    },
    { quotes: [], facts: [], conflicts: [], timeline: [], summary: [] },
    limit,
    () => limit?.over("the story's events and entities") ?? null,
  );
  return { ...core, ...parts, ...(incomplete ? { incomplete } : {}) };
}
