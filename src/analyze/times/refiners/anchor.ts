// Resolution, left to right: each relative expression gets its value from the publication date,
// the date mentioned before it, or (for words inside a quote) the day the quote was spoken.
import type { Day } from '../calendar.js';
import { inside, quoteRanges, type Range } from '../quotes.js';
import { type Anchors, resolveRelative } from '../resolve.js';
import { looksAhead } from '../tense.js';
import { type DateValue, parseDateValue } from '../timex.js';
import type { Candidate, Refiner, TimeContext } from '../types.js';

interface Seen {
  at: number;
  value: DateValue;
  quoted: boolean;
  /** Computed from another date mentioned ("a year earlier"): never itself the base of a shift. */
  derived: boolean;
}

/** The day a quote was spoken: a day-level date said outside quotes in its sentence or just before. */
function speechDay(ctx: TimeContext, c: Candidate, seen: readonly Seen[]): Day | null {
  const sentence = ctx.reading.sentences.find((s) => s.start <= c.start && c.start < s.end);
  const after = ctx.text.slice(c.end, sentence?.end ?? c.end);
  // A date later in the same sentence ("… today," he said on Friday) is only known after the walk;
  // look for an explicit day word by itself here.
  if (/\b(?:said|told|says)\b[^.]*\byesterday\b/i.test(after))
    return ctx.anchor ? shiftBack(ctx.anchor) : null;
  const near = [...seen]
    .reverse()
    .find((s) => !s.quoted && s.value.granularity === 'day' && c.start - s.at < ctx.config.quoteReach);
  // A report's quotes are spoken in the days just before it is published; an older date is history.
  if (near && (!ctx.anchor || withinDays(near.value.day, ctx.anchor, ctx.config.speechDays)))
    return near.value.day;
  return ctx.anchor;
}

function withinDays(d: Day, anchor: Day, days: number): boolean {
  const diff =
    (Date.UTC(anchor.year, anchor.month - 1, anchor.day) - Date.UTC(d.year, d.month - 1, d.day)) / 86_400_000;
  return diff >= 0 && diff <= days;
}

function shiftBack(d: Day): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function anchorsFor(
  ctx: TimeContext,
  c: Candidate,
  seen: readonly Seen[],
  quotes: readonly Range[],
): Anchors {
  const recent = seen.filter((s) => !s.derived && c.start - s.at < ctx.config.previousReach);
  const previous = recent.at(-1)?.value ?? null;
  const previousQuarter = [...recent].reverse().find((s) => s.value.granularity === 'quarter')?.value ?? null;
  const deictic = c.relative?.kind === 'shift' && c.relative.unit === 'day' && c.relative.from === 'dct';
  const dct = deictic && inside(quotes, c.start) ? speechDay(ctx, c, seen) : ctx.anchor;
  return { dct, previous, previousQuarter };
}

export const resolveAnchors: Refiner = (ctx, candidates) => {
  const quotes = quoteRanges(ctx.text);
  const seen: Seen[] = [];
  return candidates.map((c) => {
    let out = c;
    if (c.relative) {
      const value = resolveRelative(c.relative, anchorsFor(ctx, c, seen, quotes), looksAhead(ctx, c));
      out = { ...c, value, provenance: 'inferred' };
    }
    const parsed = out.type === 'DATE' || out.type === 'TIME' ? parseDateValue(out.value) : null;
    // "a year earlier" twice in a row compares both with the same period, not with each other.
    const derived = c.relative?.kind === 'shift' && c.relative.followQuarter === true;
    if (parsed) seen.push({ at: out.start, value: parsed, quoted: inside(quotes, out.start), derived });
    return out;
  });
};
