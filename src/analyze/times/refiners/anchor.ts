// Resolution, left to right: each relative expression gets its value from the publication date,
// the date mentioned before it, or (for words inside a quote) the day the quote was spoken.
import { addDays, type Day } from '../calendar.js';
import { inside, quoteRanges, type Range } from '../quotes.js';
import { type Anchors, resolveRelative } from '../resolve.js';
import { lowerBound } from '../spans.js';
import { looksAhead } from '../tense.js';
import { type DateValue, parseDateValue } from '../timex.js';
import type { Candidate, Refiner, TimeContext } from '../types.js';

interface Seen {
  at: number;
  value: DateValue;
}

/** What the walk remembers of the dates already read (constant work per expression). */
interface Memory {
  /** The last date that may anchor "a day earlier" (not itself computed from a quarter). */
  previous: Seen | null;
  previousQuarter: Seen | null;
  /** The last day-level date stated outside quotes: the day a following quote was spoken. */
  spoken: Seen | null;
}

const within = (s: Seen | null, at: number, reach: number): Seen | null =>
  s && at - s.at < reach ? s : null;

function withinDays(d: Day, anchor: Day, days: number): boolean {
  const diff =
    (Date.UTC(anchor.year, anchor.month - 1, anchor.day) - Date.UTC(d.year, d.month - 1, d.day)) / 86_400_000;
  return diff >= 0 && diff <= days;
}

/** The day a quote was spoken: "… today," he said yesterday; or a day stated just before the quote. */
function speechDay(ctx: TimeContext, c: Candidate, memory: Memory): Day | null {
  const sentence = ctx.reading.sentences[lowerBound(ctx.reading.sentences, c.start + 1, (s) => s.start) - 1];
  const after = ctx.text.slice(c.end, Math.max(c.end, sentence?.end ?? c.end));
  if (/\b(?:said|told|says)\b[^.]*\byesterday\b/i.test(after))
    return ctx.anchor ? addDays(ctx.anchor, -1) : null;
  const near = within(memory.spoken, c.start, ctx.config.quoteReach);
  // A report's quotes are spoken in the days just before it is published; an older date is history.
  if (near && (!ctx.anchor || withinDays(near.value.day, ctx.anchor, ctx.config.speechDays)))
    return near.value.day;
  return ctx.anchor;
}

function anchorsFor(ctx: TimeContext, c: Candidate, memory: Memory, quotes: readonly Range[]): Anchors {
  const reach = ctx.config.previousReach;
  const deictic = c.relative?.kind === 'shift' && c.relative.unit === 'day' && c.relative.from === 'dct';
  return {
    dct: deictic && inside(quotes, c.start) ? speechDay(ctx, c, memory) : ctx.anchor,
    previous: within(memory.previous, c.start, reach)?.value ?? null,
    previousQuarter: within(memory.previousQuarter, c.start, reach)?.value ?? null,
  };
}

function remember(memory: Memory, c: Candidate, out: Candidate, quotes: readonly Range[]): void {
  const value = out.type === 'DATE' || out.type === 'TIME' ? parseDateValue(out.value) : null;
  if (!value) return;
  const seen = { at: out.start, value };
  // "a year earlier" twice in a row compares both with the same period, not with each other.
  if (c.relative?.kind === 'shift' && c.relative.followQuarter === true) return;
  memory.previous = seen;
  if (value.granularity === 'quarter') memory.previousQuarter = seen;
  if (value.granularity === 'day' && !inside(quotes, out.start)) memory.spoken = seen;
}

export const resolveAnchors: Refiner = (ctx, candidates) => {
  const quotes = quoteRanges(ctx.text);
  const memory: Memory = { previous: null, previousQuarter: null, spoken: null };
  return candidates.map((c) => {
    const out = c.relative
      ? {
          ...c,
          value: resolveRelative(c.relative, anchorsFor(ctx, c, memory, quotes), looksAhead(ctx, c)),
          provenance: 'inferred' as const,
        }
      : c;
    remember(memory, c, out, quotes);
    return out;
  });
};
