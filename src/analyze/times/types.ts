// The shapes shared by the time extractors and refiners. An extractor reads the text and returns
// candidates with spans; a refiner takes the list and returns a new list (never mutating it).
import type { Reading } from '../../nlp/index.js';
import type { Provenance, Span, TimeType } from '../../types/article.js';
import type { Day } from './calendar.js';
import type { TimesConfig } from './config.js';

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Part of a day as TIMEX3 spells it: morning, afternoon, evening, night, day time. */
/** A holiday fixed as "the fourth Thursday of November" (day is then its earliest possible date). */
export interface NthWeekday {
  weekday: number;
  n: number;
}

export type DayPart = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';

/**
 * What a relative expression means before it is anchored. The resolver turns it into a value
 * with the publication date (`dct`) or the date mentioned just before (`previous`).
 */
export type Relative =
  /**
   * "yesterday", "last year", "next week", "two years ago", "a day earlier". `followQuarter`: a
   * year back from a quarter just named is that quarter a year before ("a year ago" → 1988-Q3).
   */
  | { kind: 'shift'; unit: Unit; amount: number; from: 'dct' | 'previous'; followQuarter?: boolean }
  /** "Friday": the direction comes from the tense around it when 0. */
  | { kind: 'weekday'; weekday: number; direction: -1 | 0 | 1; part?: DayPart; clock?: string }
  /** "Jan. 21", "October": a calendar date missing its year. */
  | { kind: 'yearless'; month: number; day: number | null; nth?: NthWeekday }
  /** "the third quarter", "the quarter": a quarter missing its year (null: the current one). */
  | { kind: 'quarter'; quarter: number | null; current?: boolean }
  /** "the weekend" (shift 0: the tense decides), "last weekend", "next weekend". */
  | { kind: 'weekend'; shift: number }
  /** "this summer", "last fall". */
  | { kind: 'season'; season: string; shift: number }
  /** "this morning", "tonight", "yesterday afternoon". */
  | { kind: 'dayPart'; part: DayPart; shift: number }
  /** "10:30 a.m.": a clock time on the anchor day. */
  | { kind: 'clock'; hour: number; minute: number | null };

export interface Candidate extends Span {
  type: TimeType;
  /** The TIMEX3 value; for a relative candidate, the unresolved form until the resolver runs. */
  value: string;
  relative?: Relative;
  provenance: Provenance;
  /** The extractor that found it, so a reviewer can tell which rule fired. */
  source: string;
}

export interface TimeContext {
  text: string;
  /** The publication day, or null when the article is undated. */
  anchor: Day | null;
  reading: Reading;
  config: TimesConfig;
}

export type Extractor = (ctx: TimeContext) => Candidate[];
export type Refiner = (ctx: TimeContext, candidates: readonly Candidate[]) => Candidate[];
