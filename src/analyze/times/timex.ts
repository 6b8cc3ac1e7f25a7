// Reading and shifting TIMEX3 date values ("1989-Q3" one year back is "1988-Q3"), so an expression
// anchored on a date mentioned earlier keeps that date's granularity where TimeML expects it.
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  quarterOf,
} from './calendar.js';
import type { Unit } from './types.js';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** A date value as its granularity and the first day it covers. */
export interface DateValue {
  granularity: Granularity;
  day: Day;
  /** The season code for season values (SP, SU, FA, WI). */
  season?: string;
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => DateValue][] = [
  [
    /^(\d{4})-(\d{2})-(\d{2})/,
    (m) => ({ granularity: 'day', day: { year: +m[1]!, month: +m[2]!, day: +m[3]! } }),
  ],
  [/^(\d{4})-W(\d{2})$/, (m) => ({ granularity: 'week', day: weekStart(+m[1]!, +m[2]!) })],
  [/^(\d{4})-(\d{2})$/, (m) => ({ granularity: 'month', day: { year: +m[1]!, month: +m[2]!, day: 1 } })],
  [
    /^(\d{4})-Q(\d)$/,
    (m) => ({ granularity: 'quarter', day: { year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, day: 1 } }),
  ],
  [
    /^(\d{4})-(SP|SU|FA|WI)$/,
    (m) => ({ granularity: 'season', day: { year: +m[1]!, month: 1, day: 1 }, season: m[2]! }),
  ],
  [/^(\d{4})$/, (m) => ({ granularity: 'year', day: { year: +m[1]!, month: 1, day: 1 } })],
  [/^(\d{3})$/, (m) => ({ granularity: 'decade', day: { year: +m[1]! * 10, month: 1, day: 1 } })],
  [/^(\d{2})$/, (m) => ({ granularity: 'century', day: { year: +m[1]! * 100, month: 1, day: 1 } })],
];

export function parseDateValue(value: string): DateValue | null {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(value);
    if (m) return make(m);
  }
  return null;
}

function weekStart(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const dow = (new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7;
  return addDays(jan4, -dow + (week - 1) * 7);
}

export function formatAt(granularity: Granularity, d: Day, season?: string): string {
  switch (granularity) {
    case 'day':
      return formatDay(d);
    case 'week':
      return formatWeek(d);
    case 'month':
      return formatMonth(d.year, d.month);
    case 'quarter':
      return formatQuarter(d.year, quarterOf(d));
    case 'season':
      return `${formatYear(d.year)}-${season ?? 'XX'}`;
    case 'year':
      return formatYear(d.year);
    case 'decade':
      return String(Math.floor(d.year / 10)).padStart(3, '0');
    case 'century':
      return String(Math.floor(d.year / 100)).padStart(2, '0');
  }
}

/** Moves a day by `amount` units. */
export function shiftDay(d: Day, unit: Unit, amount: number): Day {
  switch (unit) {
    case 'minute':
    case 'hour':
      return d;
    case 'day':
      return addDays(d, amount);
    case 'week':
      return addDays(d, 7 * amount);
    case 'month':
      return addMonths(d, amount);
    case 'quarter':
      return addMonths(d, 3 * amount);
    case 'year':
      return addMonths(d, 12 * amount);
    case 'decade':
      return addMonths(d, 120 * amount);
    case 'century':
      return addMonths(d, 1200 * amount);
  }
}

/** The granularity a shift by `unit` is written at ("next week" is a week, "a year ago" a year). */
export function granularityOf(unit: Unit): Granularity {
  return unit === 'minute' || unit === 'hour' ? 'day' : unit;
}
