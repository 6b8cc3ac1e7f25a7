// The resolved timeline: each dated sentence (outside quotes) under one date, merged across articles
// when they date the same happening, earliest first; unresolved ones shown as such. Cascade: (1)
// calendar points with their sentence; (2) an undated report's weekday read through its story;
// (3) one date per sentence, one sentence being one happening; (4) merge across articles; (5) times
// long before the story marked background.
import type { Article, TimeExpression } from '../../types/article.js';
import type { StoryEvent, TimelineEntry } from '../../types/story.js';
import { type SourceBook, uniq } from '../sources.js';
import { isSentence } from '../summary/candidates.js';
import { insideQuote } from '../text/reading.js';
import { type SentenceUnit, unitFinder } from '../text/units.js';
import { overlap } from '../text/words.js';
import { isBackground, type StoryDate, storyStart, storyTimes } from './story.js';

interface Dated {
  time: TimeExpression;
  unit: SentenceUnit;
  precision: NonNullable<TimelineEntry['precision']>;
  /** Set when the date was read through the story (step 2). */
  story?: StoryDate;
}

export function precisionOf(value: string): NonNullable<TimelineEntry['precision']> {
  if (/X/.test(value) || !/^\d{2,4}/.test(value)) return 'unresolved';
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  // A year, decade ("196" for the 1960s) or century: coarser than a month, still resolved.
  return 'year';
}

/** Extractor: calendar points (DATE/TIME) with their sentence; durations and sets date nothing. */
export function datedSentences(article: Article, unitAt: ReturnType<typeof unitFinder>): Dated[] {
  return article.times.flatMap((time) => {
    if (time.type !== 'DATE' && time.type !== 'TIME') return [];
    if (time.value === 'PRESENT_REF' || time.value === 'PAST_REF' || time.value === 'FUTURE_REF') return [];
    if (insideQuote(article, time.start, time.end)) return [];
    const unit = unitAt(article.id, time.start);
    // Headings ("Jan. 21: What you need to know") carry a date but report no happening.
    return unit && isSentence(unit) ? [{ time, unit, precision: precisionOf(time.value) }] : [];
  });
}

/** Step 2: unresolved times of undated reports read through the day the story gives their event. */
function throughStory(list: readonly Dated[], read: (d: Dated) => StoryDate | null): Dated[] {
  return list.map((d) => {
    const story = read(d);
    if (!story) return d;
    return { ...d, time: { ...d.time, value: story.value }, precision: precisionOf(story.value), story };
  });
}

/**
 * Step 3: one sentence is one happening, under one date: its first resolved date of the story's own
 * days, else its first resolved one, else its first ("spent Thursday … remarks made a day earlier"
 * is Thursday's).
 */
export function onePerSentence(list: readonly Dated[], background: (value: string) => boolean): Dated[] {
  const rank = (d: Dated) => (d.precision === 'unresolved' ? 2 : background(d.time.value) ? 1 : 0);
  const best = new Map<string, Dated>();
  for (const d of list) {
    const key = `${d.unit.article}\u0000${d.unit.start}`;
    const held = best.get(key);
    if (!held || rank(d) < rank(held) || (rank(d) === rank(held) && d.time.start < held.time.start))
      best.set(key, d);
  }
  return [...best.values()];
}

/** Refiner: same value and overlapping content (of the shorter sentence) is one happening. */
export function mergeDated(list: readonly Dated[], minOverlap: number): Dated[][] {
  const groups: Dated[][] = [];
  for (const d of list) {
    const home = groups.find(
      (g) =>
        g[0]!.time.value === d.time.value && g.some((o) => overlap(o.unit.words, d.unit.words) >= minOverlap),
    );
    if (home) home.push(d);
    else groups.push([d]);
  }
  return groups;
}

export interface TimelineOptions {
  max: number;
  overlap: number;
  /** A time that ended this many days before the story's first day is background. */
  backgroundDays: number;
}

function entryOf(g: readonly Dated[], book: SourceBook, background: boolean): TimelineEntry {
  // Shown: a report's own words over a spun copy's, a date stated over one read through the story.
  const rank = (d: Dated) => Number(book.isSpun(d.unit.article)) * 2 + Number(d.story !== undefined);
  const shown = [...g].sort((x, y) => rank(x) - rank(y))[0]!;
  // Inferred only when no report in the group states the date itself.
  const story = g.every((d) => d.story) ? shown.story : undefined;
  return {
    date: shown.time.value,
    text: shown.unit.text,
    sources: uniq(g.map((d) => d.unit.article)),
    precision: shown.precision,
    citations: g.map((d) => ({ article: d.unit.article, start: d.unit.start, end: d.unit.end })),
    ...(background ? { background: true } : {}),
    ...(story ? { inferred: true, inferredFrom: story.inferredFrom, stated: story.stated } : {}),
  };
}

export function storyTimeline(
  articles: readonly Article[],
  units: readonly SentenceUnit[],
  book: SourceBook,
  events: readonly StoryEvent[],
  opts: TimelineOptions,
): TimelineEntry[] {
  const unitAt = unitFinder(units);
  const start = storyStart(events, articles);
  const background = (value: string) => isBackground(value, start, opts.backgroundDays);
  const dated = articles.flatMap((a) => {
    const read = storyTimes(a, events, articles, book);
    return throughStory(datedSentences(a, unitAt), (d) => read(d.time, d.unit));
  });
  const groups = mergeDated(onePerSentence(dated, background), opts.overlap);
  const entries = groups.map((g) => ({
    entry: entryOf(g, book, background(g[0]!.time.value)),
    weight: book.independent(uniq(g.map((d) => d.unit.article))),
  }));
  // Keep the best-backed entries when there are too many, then show them earliest first.
  const kept = [...entries].sort((a, b) => b.weight - a.weight).slice(0, opts.max);
  return kept.map((k) => k.entry).sort(byDate);
}

/** Earliest first; a coarser value sorts before finer ones inside it; unresolved last. */
export function byDate(a: TimelineEntry, b: TimelineEntry): number {
  const ua = a.precision === 'unresolved';
  const ub = b.precision === 'unresolved';
  if (ua !== ub) return ua ? 1 : -1;
  return sortKey(a.date).localeCompare(sortKey(b.date));
}

/** A week sorts at its Monday (ISO 8601), so 2022-W04 falls between 2022-01-23 and 2022-01-24. */
export function sortKey(value: string): string {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return value;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(
    jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(m[2]) - 1) * 7 * 864e5,
  );
  return monday.toISOString().slice(0, 10) + 'W';
}
