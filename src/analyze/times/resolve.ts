// From a relative meaning to a TIMEX3 value, given the anchor day (the publication date, or the
// day a quote was spoken) and the date mentioned just before. Without an anchor the value keeps
// TimeML's placeholders (XXXX-XX-XX, XXXX-WXX-5) instead of a guess.
import {
  addDays,
  type Day,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  quarterOf,
  weekday,
} from './calendar.js';
import { type DateValue, formatAt, granularityOf, shiftDay } from './timex.js';
import type { DayPart, Relative } from './types.js';

export interface Anchors {
  /** The day the expression is relative to; null when the article is undated. */
  dct: Day | null;
  /** The date mentioned last before the expression, if any. */
  previous: DateValue | null;
  /** The last quarter mentioned before the expression (financial reports compare quarters). */
  previousQuarter: DateValue | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** How far ahead (in months) a yearless date may be read without a future cue. */
const FORWARD_MONTHS = 3.5;
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

function seasonIndex(d: Day): number {
  return d.month <= 2 || d.month === 12 ? 0 : d.month <= 5 ? 1 : d.month <= 8 ? 2 : 3;
}

function unresolved(rel: Relative): string {
  switch (rel.kind) {
    case 'shift':
      return (
        {
          week: 'XXXX-WXX',
          month: 'XXXX-XX',
          quarter: 'XXXX-QX',
          year: 'XXXX',
          decade: 'XXX',
          century: 'XX',
        }[rel.unit as string] ?? 'XXXX-XX-XX'
      );
    case 'weekday':
      return `XXXX-WXX-${rel.weekday === 0 ? 7 : rel.weekday}`;
    case 'yearless':
      return rel.day === null ? `XXXX-${pad(rel.month)}` : `XXXX-${pad(rel.month)}-${pad(rel.day)}`;
    case 'quarter':
      return `XXXX-Q${rel.quarter ?? 'X'}`;
    case 'season':
      return `XXXX-${rel.season}`;
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'dayPart':
      return `XXXX-XX-XXT${rel.part}`;
    case 'clock':
      return `XXXX-XX-XXT${pad(rel.hour)}:${pad(rel.minute ?? 0)}`;
  }
}

function shift(rel: Extract<Relative, { kind: 'shift' }>, a: Anchors): string | null {
  // A report about quarters compares like with like: "a year ago" is the same quarter a year back.
  if (rel.unit === 'year' && rel.followQuarter && a.previousQuarter)
    return formatAt('quarter', shiftDay(a.previousQuarter.day, 'year', rel.amount));
  const base = rel.from === 'previous' && a.previous ? a.previous.day : a.dct;
  if (!base) return null;
  if (rel.unit === 'day' && rel.amount === 0) return formatDay(base);
  return formatAt(granularityOf(rel.unit), shiftDay(base, rel.unit, rel.amount));
}

function weekdayValue(rel: Extract<Relative, { kind: 'weekday' }>, dct: Day): string {
  const today = weekday(dct);
  const back = (today - rel.weekday + 7) % 7;
  const ahead = (rel.weekday - today + 7) % 7;
  const offset = rel.direction > 0 ? ahead || 7 : rel.direction < 0 ? -(back || 7) : -back;
  const day = formatDay(addDays(dct, offset));
  return rel.clock ? day + rel.clock : rel.part ? `${day}T${rel.part}` : day;
}

function nthWeekday(year: number, month: number, day: number, n: number): Day {
  const first = { year, month, day: 1 };
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}

// A month (or month and day) without a year looks back (reports tell what happened), unless a
// future cue says otherwise or the date is only a few weeks ahead ("Dec. 7" in late November).
function yearless(rel: Extract<Relative, { kind: 'yearless' }>, dct: Day, future: boolean): string {
  const months = (year: number) =>
    (year - dct.year) * 12 + rel.month - dct.month + ((rel.day ?? dct.day) - dct.day) / 31;
  const ahead = months(dct.year);
  let year = dct.year;
  if (future) year = ahead < 0 ? dct.year + 1 : dct.year;
  else if (ahead > FORWARD_MONTHS) year = dct.year - 1;
  else if (ahead <= -12 + FORWARD_MONTHS) year = dct.year + 1;
  if (rel.nth) return formatDay(nthWeekday(year, rel.month, rel.nth.weekday, rel.nth.n));
  return rel.day === null
    ? formatMonth(year, rel.month)
    : formatDay({ year, month: rel.month, day: rel.day });
}

function quarter(rel: Extract<Relative, { kind: 'quarter' }>, a: Anchors, dct: Day, future: boolean): string {
  const current = quarterOf(dct);
  if (rel.quarter === null) {
    // "the quarter" in a report is the one it is about: the last named, or the last one completed.
    if (a.previousQuarter) return formatAt('quarter', a.previousQuarter.day);
    if (rel.current) return formatQuarter(dct.year, current);
    return current === 1 ? formatQuarter(dct.year - 1, 4) : formatQuarter(dct.year, current - 1);
  }
  if (future) return formatQuarter(rel.quarter < current ? dct.year + 1 : dct.year, rel.quarter);
  return formatQuarter(rel.quarter > current ? dct.year - 1 : dct.year, rel.quarter);
}

// shift: -1 last, 1 next, 2 this, 0 bare (the tense decides).
function season(rel: Extract<Relative, { kind: 'season' }>, dct: Day, future: boolean): string {
  const index = SEASON_ORDER.indexOf(rel.season);
  const now = seasonIndex(dct);
  let year = dct.year;
  if (rel.shift < 0) year = index >= now ? dct.year - 1 : dct.year;
  else if (rel.shift === 1) year = index <= now ? dct.year + 1 : dct.year;
  else if (rel.shift === 0 && !future && index > now) year = dct.year - 1;
  return `${formatYear(year)}-${rel.season}`;
}

/** The week whose Saturday and Sunday are meant, written 1990-W32-WE. */
function weekend(shiftBy: number, dct: Day, future: boolean): string {
  const today = weekday(dct);
  const inWeekend = today === 0 || today === 6;
  // Saturday of the current ISO week (Sunday belongs to the week that began the Monday before).
  const saturday = addDays(dct, today === 0 ? -1 : 6 - today);
  const weeks = shiftBy !== 0 ? shiftBy : inWeekend ? 0 : future ? 0 : -1;
  return `${formatWeek(addDays(saturday, 7 * weeks))}-WE`;
}

const PART_TYPE: Record<DayPart, string> = { MO: 'MO', AF: 'AF', EV: 'EV', NI: 'NI', DT: 'DT' };

/** The value of a relative expression, or its placeholder form when it cannot be anchored. */
export function resolveRelative(rel: Relative, a: Anchors, future: boolean): string {
  if (rel.kind === 'shift') return shift(rel, a) ?? unresolved(rel);
  const dct = a.dct;
  if (!dct) return unresolved(rel);
  switch (rel.kind) {
    case 'weekday':
      return weekdayValue({ ...rel, direction: rel.direction || (future ? 1 : 0) }, dct);
    case 'yearless':
      return yearless(rel, dct, future);
    case 'quarter':
      // Quarters are reported after they close: "will report third-quarter results" looks back.
      return quarter(rel, a, dct, false);
    case 'season':
      return season(rel, dct, future);
    case 'weekend':
      return weekend(rel.shift, dct, future);
    case 'dayPart':
      return `${formatDay(addDays(dct, rel.shift))}T${PART_TYPE[rel.part]}`;
    case 'clock':
      return `${formatDay(dct)}T${pad(rel.hour)}:${pad(rel.minute ?? 0)}`;
  }
}
