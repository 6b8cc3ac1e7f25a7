// Calendar dates, weekdays and clock times as chrono-node reads them. chrono finds the span and the
// components the text states; the value is built here from the stated components only, so a missing
// year or a bare weekday is left to the resolver (which knows the tense and the publication date).

import type { ParsedComponents, ParsedResult, ParsingResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import { formatDay, formatMonth, formatYear } from '../calendar.js';
import type { Candidate, Extractor, Relative } from '../types.js';

// chrono's casual words ("today", "last year", "two weeks ago") are read by our own extractors,
// which know TimeML's granularity; from chrono we take written calendar dates, weekdays and clocks.
// Dropping chrono's relative parsers (whose results would be discarded anyway) halves its cost.
const RELATIVE_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const parser = chrono.en.casual.clone();
parser.parsers = parser.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));

// Fixed reference: nothing chrono implies is ever used, so the machine's clock cannot leak in.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const pad = (n: number): string => String(n).padStart(2, '0');

function certain(
  c: ParsedComponents,
  name: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute',
): number | null {
  return c.isCertain(name) ? c.get(name) : null;
}

function clock(c: ParsedComponents): string | null {
  const hour = certain(c, 'hour');
  if (hour === null) return null;
  return `T${pad(hour)}:${pad(certain(c, 'minute') ?? 0)}`;
}

/** What a clock time looks like when written ("10:30", "5 p.m.", "noon"); "6.43" is a figure. */
const CLOCK = /\d:\d\d|\b[ap]\.m\.|\b[ap]m\b|o'clock|noon|midnight/i;

// Readings chrono allows that news text almost never means: "march" and "may" in lower case, "Sun"
// and "Sat" (newspapers, abbreviations), stock fractions ("20 3/8"), "weekend" as a day, bare
// numbers as clock hours ("at 20 million shares").
function implausible(r: ParsedResult): boolean {
  const text = r.text.trim();
  if (/^(?:on\s+|at\s+|in\s+)?[a-z]+$/.test(text) && !/day$/.test(text)) return true;
  if (/^(?:sun|sat|mon|tue|wed|thu|fri)\W*$/i.test(text)) return true;
  if (/weekend/i.test(text)) return true;
  if (/(?:^|\s)\d{1,2}\/\d{1,2}$/.test(text)) return true;
  const clockOnly = r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
  return clockOnly && !CLOCK.test(text);
}

function build(r: ParsedResult): Omit<Candidate, 'start' | 'end' | 'text' | 'source'> | null {
  const c = r.start;
  const tags = r.tags();
  if (implausible(r)) return null;
  const [year, month, day] = [certain(c, 'year'), certain(c, 'month'), certain(c, 'day')];
  // A part of the day chrono merged in ("the night of Oct. 23") leaves the date; "this morning"
  // alone is read by our own day-part parser.
  const casual = [...tags].some((t) => t.startsWith('casualReference/'));
  if (casual && month === null && !isWeekdayOnly(c) && !tags.has('parser/ENTimeExpressionParser'))
    return null;
  const time = tags.has('parser/ENTimeExpressionParser') ? clock(c) : null;
  if (year !== null && month !== null && day !== null) {
    const date = formatDay({ year, month, day });
    return time
      ? { type: 'TIME', value: date + time, provenance: 'stated' }
      : { type: 'DATE', value: date, provenance: 'stated' };
  }
  if (year !== null && month !== null && day === null)
    return { type: 'DATE', value: formatMonth(year, month), provenance: 'stated' };
  if (year !== null && month === null) return { type: 'DATE', value: formatYear(year), provenance: 'stated' };
  if (month !== null) return relative('DATE', { kind: 'yearless', month, day });
  if (isWeekdayOnly(c)) return weekdayCandidate(r);
  const hour = certain(c, 'hour');
  if (hour !== null) return relative('TIME', { kind: 'clock', hour, minute: certain(c, 'minute') });
  return null;
}

function isWeekdayOnly(c: ParsedComponents): boolean {
  return c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
}

function weekdayCandidate(r: ParsedResult): ReturnType<typeof build> {
  const head = r.text.toLowerCase();
  const direction = /\b(last|past|previous)\b/.test(head) ? -1 : /\b(next|coming)\b/.test(head) ? 1 : 0;
  // "Friday night", "Tuesday morning": TimeBank mostly values the day itself, as a DATE.
  const hour = CLOCK.test(r.text) ? certain(r.start, 'hour') : null;
  const clock = hour === null ? undefined : `T${pad(hour)}:${pad(certain(r.start, 'minute') ?? 0)}`;
  const rel: Relative = {
    kind: 'weekday',
    weekday: r.start.get('weekday') ?? 0,
    direction,
    ...(clock ? { clock } : {}),
  };
  return relative(clock ? 'TIME' : 'DATE', rel);
}

function relative(type: Candidate['type'], rel: Relative): ReturnType<typeof build> {
  return { type, value: 'XXXX-XX-XX', relative: rel, provenance: 'inferred' };
}

/** Trim what chrono swallows around a date that TimeML leaves out ("on", a trailing comma). */
function trimmed(text: string, index: number, matched: string): { start: number; end: number } {
  let start = index;
  let end = index + matched.length;
  const lead = /^(?:on|at|in|since|by|from|until|of)\s+/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (
    end > start &&
    /[\s,.;:]/.test(text[end - 1] ?? '') &&
    !/\b(?:a\.m|p\.m|[A-Z][a-z]{2,3})\.$/.test(text.slice(start, end))
  )
    end--;
  return { start, end };
}

const RANGE = /\s*(?:\bthrough\b|\bto\b|\buntil\b|\btill\b|[-–—])\s*/i;

/** A range ("May 2 to May 5", "this year through Oct. 19") is two expressions in TimeML: read each end. */
function pieces(text: string, r: ParsedResult): ParsedResult[] {
  if (!r.end) return [r];
  const m = RANGE.exec(r.text);
  if (!m) return [r];
  const offset = m.index + m[0].length;
  const at = (part: string, shift: number): ParsedResult[] =>
    (parser.parse(part, REFERENCE) as ParsingResult[]).map((p) => {
      const moved = p.clone();
      moved.index = r.index + shift + p.index;
      return moved;
    });
  return [...at(r.text.slice(0, m.index), 0), ...at(r.text.slice(offset), offset)].filter((p) =>
    text.startsWith(p.text, p.index),
  );
}

// chrono's end-of-period refiner matches a regex against all the text before each result, which is
// quadratic: a megabyte of text with a weekday in every sentence took minutes. Long texts are read
// in windows cut at a line break (else a sentence end, else a space), so no date is split.
const WINDOW = 8 * 1024;

/** `[offset, slice]` windows of at most about `WINDOW` characters covering `text`. */
export function* windows(text: string, size = WINDOW): Generator<[number, string]> {
  let at = 0;
  while (text.length - at > size) {
    const slice = text.slice(at, at + size);
    const cut = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('. '), slice.lastIndexOf(' '));
    const end = cut > size / 2 ? at + cut + 1 : at + size;
    yield [at, text.slice(at, end)];
    at = end;
  }
  yield [at, text.slice(at)];
}

function parsed(text: string): ParsedResult[] {
  const out: ParsedResult[] = [];
  for (const [offset, slice] of windows(text)) {
    for (const r of parser.parse(slice, REFERENCE) as ParsingResult[]) {
      for (const piece of pieces(slice, r)) {
        if (offset === 0) out.push(piece);
        else out.push(Object.assign((piece as ParsingResult).clone(), { index: piece.index + offset }));
      }
    }
  }
  return out;
}

export const chronoDates: Extractor = (ctx) => {
  const out: Candidate[] = [];
  for (const r of parsed(ctx.text)) {
    const built = build(r);
    if (!built) continue;
    const { start, end } = trimmed(ctx.text, r.index, r.text);
    out.push({ ...built, start, end, text: ctx.text.slice(start, end), source: 'chrono' });
  }
  return out;
};
