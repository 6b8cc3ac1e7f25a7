// Recurring times (TIMEX3 SET): "every week" P1W, "daily" P1D, "each year", "twice a month",
// "$5 a year".

import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar.js';
import { AMOUNT, amountOf, scan, unitOf } from '../scan.js';
import type { Extractor } from '../types.js';
import { durationValue } from './durations.js';

// "quarterly" and "annually" are left out: in news they mostly qualify a figure ("a quarterly
// dividend", "$5 million annually"), which TimeML does not annotate as a recurrence.
const ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  yearly: 'P1Y',
};

export const recurringAdverbs: Extractor = (ctx) =>
  scan(ctx, 'set-adverb', /\b(hourly|daily|nightly|weekly|biweekly|monthly|yearly)\b/gi, (m) => {
    const value = ADVERBS[m[1]!.toLowerCase()];
    // "the Daily Telegraph", "a weekly newspaper": a name or a publication, not a recurrence.
    if (
      !value ||
      (/^[A-Z]/.test(m[1]!) &&
        m.index > 0 &&
        !/[.!?]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index)))
    )
      return null;
    return { type: 'SET', value, provenance: 'stated' };
  });

/** "every week", "each year", "every two months", "every day". */
export const everyUnit: Extractor = (ctx) =>
  scan(
    ctx,
    'set-every',
    new RegExp(
      `\\b(?:every|each)(?:\\s+(other|${AMOUNT}))?\\s+(minute|hour|day|week|month|quarter|year|decade)s?\\b`,
      'gi',
    ),
    (m) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const amount = m[1] ? (m[1].toLowerCase() === 'other' ? 2 : amountOf(m[1])) : 1;
      return { type: 'SET', value: durationValue(amount, unit, m[2]!), provenance: 'stated' };
    },
  );

/** "twice a week", "three times a year": how often. A price's period ("$5 a year") is not a SET in TimeML. */
export const ratePeriods: Extractor = (ctx) =>
  scan(
    ctx,
    'set-rate',
    /\b(?:once|twice|three times|four times|\d+ times)\s+(?:a|an|per|each)\s+(day|week|month|year|hour)\b/gi,
    (m) => {
      const unit = unitOf(m[1]!);
      return unit ? { type: 'SET', value: durationValue(1, unit, m[1]!), provenance: 'stated' } : null;
    },
  );

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;

/** "every Thursday" (XXXX-WXX-4), "each July" (XXXX-07). */
export const everyNamedDay: Extractor = (ctx) =>
  scan(
    ctx,
    'set-named',
    new RegExp(`\\b(?:every|each)\\s+(${[...WEEKDAYS, ...MONTHS].join('|')})\\b`, 'gi'),
    (m) => {
      const word = m[1]!.toLowerCase();
      const day = WEEKDAYS.indexOf(word);
      const value =
        day >= 0
          ? `XXXX-WXX-${day === 0 ? 7 : day}`
          : `XXXX-${String(MONTHS.indexOf(word) + 1).padStart(2, '0')}`;
      return { type: 'SET', value, provenance: 'stated' };
    },
  );
