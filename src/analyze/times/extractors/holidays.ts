// Holidays news dates events by: "Christmas", "New Year's Day", "Thanksgiving Day". Their year is
// found like that of any yearless date (the nearest, or ahead with a future cue).
import { scan } from '../scan.js';
import type { Extractor, NthWeekday } from '../types.js';

const HOLIDAYS: Record<string, { month: number; day: number; nth?: NthWeekday }> = {
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  "new year's eve": { month: 12, day: 31 },
  "new year's day": { month: 1, day: 1 },
  'independence day': { month: 7, day: 4 },
  'fourth of july': { month: 7, day: 4 },
  'july fourth': { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  'veterans day': { month: 11, day: 11 },
  'thanksgiving day': { month: 11, day: 22, nth: { weekday: 4, n: 4 } },
  thanksgiving: { month: 11, day: 22, nth: { weekday: 4, n: 4 } },
};

const PATTERN = new RegExp(
  `\\b(?:(last|next|this)\\s+)?(${Object.keys(HOLIDAYS)
    .map((k) => k.replace("'", "['’]"))
    .join('|')})\\b`,
  'gi',
);

export const holidays: Extractor = (ctx) =>
  scan(ctx, 'holiday', PATTERN, (m) => {
    const holiday = HOLIDAYS[m[2]!.toLowerCase().replace('’', "'")];
    if (!holiday) return null;
    // "Christmas shopping" and "Thanksgiving dinner" still date the event to the holiday.
    const relative = {
      kind: 'yearless' as const,
      month: holiday.month,
      day: holiday.day,
      ...(holiday.nth ? { nth: holiday.nth } : {}),
    };
    return { type: 'DATE', value: 'XXXX-XX-XX', relative, provenance: 'inferred' };
  });
