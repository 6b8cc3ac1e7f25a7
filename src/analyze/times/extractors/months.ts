// Months and weekends named with a deictic word: "this September", "last April", "January this
// year", "June last year", "the weekend", "last weekend".
import { formatMonth, MONTH_NAMES } from '../calendar.js';
import { scan } from '../scan.js';
import type { Extractor } from '../types.js';

const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** "this September" (same year), "last April" (the latest before this month), "next May". */
export const deicticMonths: Extractor = (ctx) =>
  scan(
    ctx,
    'deictic-month',
    new RegExp(`\\b(this|last|next|this past|this coming)\\s+${MONTH}(?!\\s+\\d)`, 'g'),
    (m) => {
      const month = monthNumber(m[2]!);
      const which = m[1]!.toLowerCase();
      const anchor = ctx.anchor;
      const value = (year: number) => ({
        type: 'DATE' as const,
        value: formatMonth(year, month),
        provenance: 'inferred' as const,
      });
      if (!anchor)
        return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, provenance: 'inferred' };
      if (which.includes('last') || which.includes('past'))
        return value(month < anchor.month ? anchor.year : anchor.year - 1);
      if (which.includes('next') || which.includes('coming'))
        return value(month > anchor.month ? anchor.year : anchor.year + 1);
      return value(anchor.year);
    },
  );

/** "January this year", "June last year", "May of next year". */
export const monthOfDeicticYear: Extractor = (ctx) =>
  scan(
    ctx,
    'month-deictic-year',
    new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
    (m) => {
      const month = monthNumber(m[1]!);
      const shift = { this: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as 'this' | 'last' | 'next'];
      const year = ctx.anchor ? ctx.anchor.year + shift : null;
      const value = year === null ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month);
      return { type: 'DATE', value, provenance: 'inferred' };
    },
  );

/** "the weekend", "this weekend", "last weekend", "next weekend". */
export const weekends: Extractor = (ctx) =>
  scan(ctx, 'weekend', /\b(the|this|last|next|this past|this coming)\s+weekend\b/gi, (m) => {
    const which = m[1]!.toLowerCase();
    const shift = which === 'last' || which === 'this past' ? -1 : which === 'next' ? 1 : 0;
    return {
      type: 'DATE',
      value: 'XXXX-WXX-WE',
      relative: { kind: 'weekend', shift },
      provenance: 'inferred',
    };
  });
