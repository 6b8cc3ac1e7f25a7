// Calendar units counted from the publication day or from the date just mentioned: "last year",
// "next week", "this month", "two years ago", "a day earlier", "three weeks later", "year-earlier".
import { AMOUNT, amountOf, type Built, scan, UNIT, unitOf } from '../scan.js';
import type { Extractor, Unit } from '../types.js';

const DIRECTION: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
  following: 1,
  this: 0,
  current: 0,
  'this past': -1,
  'this coming': 1,
  'the last': -1,
  'the past': -1,
  'the previous': -1,
  'the next': 1,
  'the coming': 1,
  'the following': 1,
  'the current': 0,
};

function shifted(
  unit: Unit | null,
  amount: number,
  from: 'dct' | 'previous',
  followQuarter = false,
): Built | null {
  if (!unit || unit === 'minute' || unit === 'hour') return null;
  const relative = {
    kind: 'shift' as const,
    unit,
    amount,
    from,
    ...(followQuarter ? { followQuarter } : {}),
  };
  return { type: 'DATE', value: 'XXXX', relative, provenance: 'inferred' };
}

/** "last year", "next week", "this month", "the coming year", "this past week". */
export const deicticUnits: Extractor = (ctx) =>
  scan(
    ctx,
    'deictic-unit',
    /\b(this past|this coming|(?:the )?(?:last|past|previous|next|coming|following|current)|this)[- ](week|month|quarter|year|decade|century)\b(?![- ](?:old|long|ago|earlier|later))/gi,
    (m) => {
      const which = m[1]!.toLowerCase();
      // "the next week" / "the past year" read as stretches of time (durations), not the calendar unit.
      if (which.startsWith('the ') && !which.endsWith('current')) return null;
      return shifted(unitOf(m[2]!), DIRECTION[which] ?? 0, 'dct');
    },
  );

/** "two years ago", "a week ago", "three months from now". */
export const unitsAgo: Extractor = (ctx) =>
  scan(ctx, 'ago', new RegExp(`\\b(${AMOUNT})[- ](${UNIT})s?\\s+(ago|from now|hence)\\b`, 'gi'), (m) => {
    const n = amountOf(m[1]!);
    if (n === null || !Number.isInteger(n)) return null;
    return shifted(unitOf(m[2]!), m[3]!.toLowerCase() === 'ago' ? -n : n, 'dct', true);
  });

/** "a day earlier", "two years later", "a week before": counted from the date just mentioned. */
export const unitsEarlier: Extractor = (ctx) =>
  scan(
    ctx,
    'earlier',
    new RegExp(`\\b(${AMOUNT})[- ](${UNIT})s?\\s+(earlier|later|before|after|previously)\\b`, 'gi'),
    (m) => {
      const n = amountOf(m[1]!);
      if (n === null || !Number.isInteger(n)) return null;
      const back = /earlier|before|previously/i.test(m[3]!);
      // "a week after the vote" names an anchor we do not read; keep only the bare adverb use.
      if (
        /before|after/i.test(m[3]!) &&
        /^\s+(?:the|a|an|his|her|their|its|[A-Z])/.test(
          ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6),
        )
      )
        return null;
      return shifted(unitOf(m[2]!), back ? -n : n, 'previous', true);
    },
  );

/** "year-earlier", "year-ago" (as in "the year-earlier quarter"): a year before the period discussed. */
export const yearAgoAdjectives: Extractor = (ctx) =>
  scan(
    ctx,
    'year-ago',
    /\b(?:the\s+)?(year|month|quarter)-(?:earlier|ago)(?:\s+(quarter|period|month|year))?\b/gi,
    (m) => {
      const base = shifted(unitOf(m[1]!), -1, 'previous', true);
      // Only the adjective is the timex unless the noun completes it ("the year-ago quarter").
      return base && !m[2]
        ? { ...base, start: m.index + m[0].toLowerCase().indexOf(m[1]!.toLowerCase()) }
        : base;
    },
  );

/** "year-end", "by year's end": the end of the current year, valued as the year. */
export const yearEnd: Extractor = (ctx) =>
  scan(ctx, 'year-end', /\byear(?:-end|\s+end|['’]s\s+end)\b/gi, () => shifted('year', 0, 'dct'));
