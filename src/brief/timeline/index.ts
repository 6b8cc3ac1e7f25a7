// The resolved timeline: each dated expression (outside quotes) with the sentence it dates, merged
// across articles when they date the same happening, earliest first; unresolved ones shown as such.
import type { Article, TimeExpression } from '../../types/article.js';
import type { TimelineEntry } from '../../types/story.js';
import { type SourceBook, uniq } from '../sources.js';
import { isSentence } from '../summary/candidates.js';
import { insideQuote } from '../text/reading.js';
import { type SentenceUnit, unitFinder } from '../text/units.js';
import { overlap } from '../text/words.js';

interface Dated {
  time: TimeExpression;
  unit: SentenceUnit;
  precision: NonNullable<TimelineEntry['precision']>;
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

export function storyTimeline(
  articles: readonly Article[],
  units: readonly SentenceUnit[],
  book: SourceBook,
  opts: { max: number; overlap: number },
): TimelineEntry[] {
  const unitAt = unitFinder(units);
  const groups = mergeDated(
    articles.flatMap((a) => datedSentences(a, unitAt)),
    opts.overlap,
  );
  const entries = groups.map((g) => {
    const shown = [...g].sort(
      (x, y) => Number(book.isSpun(x.unit.article)) - Number(book.isSpun(y.unit.article)),
    )[0]!;
    const sources = uniq(g.map((d) => d.unit.article));
    return {
      entry: {
        date: shown.time.value,
        text: shown.unit.text,
        sources,
        precision: shown.precision,
        citations: g.map((d) => ({ article: d.unit.article, start: d.unit.start, end: d.unit.end })),
      } satisfies TimelineEntry,
      weight: book.independent(sources),
    };
  });
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
