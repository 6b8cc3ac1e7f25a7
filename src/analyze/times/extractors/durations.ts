// Stretches of time: "two weeks", "the past three months", "around half an hour", "a five-year
// plan", "for years". TIMEX3 values P2W, P3M, PT30M, P5Y, PXY.
import { AMOUNT, amountOf, scan, UNIT, unitOf, VAGUE } from '../scan.js';
import type { Extractor, Unit } from '../types.js';

const LETTER: Record<Unit, string> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'M',
  year: 'Y',
  decade: 'Y',
  century: 'Y',
};

/** Quarters, decades and centuries are counted in their base unit: P9M, P20Y, P100Y. */
const FACTOR: Partial<Record<Unit, number>> = { quarter: 3, decade: 10, century: 100 };

/** P2W, PT30M, PXY; a fraction of an hour is written in minutes (PT30M), of a day in hours. */
export function durationValue(amount: number | null, unit: Unit, word: string): string {
  const n = amount === null ? null : amount * (/fortnight/i.test(word) ? 2 : (FACTOR[unit] ?? 1));
  if (n !== null && !Number.isInteger(n)) {
    if (unit === 'hour') return `PT${Math.round(n * 60)}M`;
    if (unit === 'day') return `PT${Math.round(n * 24)}H`;
    if (unit === 'year') return `P${Math.round(n * 12)}M`;
  }
  const letter = LETTER[unit];
  const count = n === null ? 'X' : String(n);
  return letter.startsWith('T') ? `PT${count}${letter.slice(1)}` : `P${count}${letter}`;
}

const RATE = /(?:\d|%|percent|cents?|dollars?|share|million|billion)\s*$/i;
/** "four flights ", "700 seats ": a count of a plural noun just before. */
const COUNTED =
  /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand))\s+(?:[a-z-]+\s+)?[a-z]+s\s+$/i;

const LEAD =
  '(?:(?:the|a|an|another|over the|for the)\\s+)?(?:(?:past|last|next|first|coming|previous|final|initial|following|latest|remaining|same)\\s+)?';

/** "two weeks", "the past three months", "the first nine months", "several years", "half an hour". */
export const countedDurations: Extractor = (ctx) =>
  scan(
    ctx,
    'duration',
    new RegExp(
      `\\b${LEAD}(${AMOUNT}|${VAGUE})\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+)?(${UNIT}|fortnight)s?\\b(?!-)`,
      'gi',
    ),
    (m) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const amount = amountOf(m[1]!);
      // "the 1988 quarter" names a period of a year, not 1,988 quarters.
      if (amount !== null && amount >= 1000) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5);
      // "52 years old" is an age; "a quarter of" a fraction.
      if (/^\s+old\b/i.test(after) || (unit === 'quarter' && /^\s+of\b/i.test(after))) return null;
      // "$2.50 a year", "four flights a week": the period of a price or rate, not a stretch of time.
      const lead = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      if (/^an?$/i.test(m[1]!) && (RATE.test(lead) || COUNTED.test(lead))) return null;
      // "the past few years" starts with "the": keep the whole phrase as TimeML does.
      const start = /^(?:over|for) the /i.test(m[0]) ? m.index + m[0].indexOf('the') : m.index;
      return { start, type: 'DURATION', value: durationValue(amount, unit, m[2]!), provenance: 'stated' };
    },
  );

/** "a five-year plan", "the 90-minute meeting": adjectives of length. Ages ("6-year-old") are not times. */
export const hyphenDurations: Extractor = (ctx) =>
  scan(
    ctx,
    'duration-adjective',
    new RegExp(`\\b(${AMOUNT})-(${UNIT})s?(?:-long)?\\b(?!-old)`, 'gi'),
    (m) => {
      const unit = unitOf(m[2]!);
      const amount = amountOf(m[1]!);
      // "three-quarters" is a fraction, not nine months.
      if (!unit || amount === null || unit === 'quarter') return null;
      return { type: 'DURATION', value: durationValue(amount, unit, m[2]!), provenance: 'stated' };
    },
  );

/** "the past year", "the next month": the unit as a stretch of time ending (or starting) now. */
export const pastUnit: Extractor = (ctx) =>
  scan(
    ctx,
    'past-unit',
    new RegExp(`\\bthe (?:past|last|next|coming|previous) (${UNIT})\\b(?![- ]?(?:old|long))`, 'gi'),
    (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'DURATION', value: durationValue(1, unit, m[1]!), provenance: 'stated' } : null;
    },
  );

/** "for years", "in weeks", "for decades": an unstated number of units (PXY). */
export const vagueDurations: Extractor = (ctx) =>
  scan(
    ctx,
    'vague-duration',
    /\b(?:for|in|within|over|after)\s+((minute|hour|day|week|month|year|decade)s)\b/gi,
    (m) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const start = m.index + m[0].length - m[1]!.length;
      return { start, type: 'DURATION', value: durationValue(null, unit, m[2]!), provenance: 'stated' };
    },
  );

/** "coming weeks", "the years ahead", "decades-long": an unstated number of units (PXW, PXY). */
export const vaguePlurals: Extractor = (ctx) =>
  scan(
    ctx,
    'vague-plural',
    /\b(?:(?:the\s+)?coming\s+(days|weeks|months|years|decades)|the\s+(days|weeks|months|years|decades)\s+ahead|(days|weeks|months|years|decades)-(?:long|old))\b/gi,
    (m) => {
      const word = m[1] ?? m[2] ?? m[3]!;
      const unit = unitOf(word);
      return unit ? { type: 'DURATION', value: durationValue(null, unit, word), provenance: 'stated' } : null;
    },
  );
