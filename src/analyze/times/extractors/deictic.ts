// Words that point at the day of writing: "today", "yesterday", "tonight", "this morning",
// "last night", "yesterday afternoon". Anchored later, on the publication day (or a quote's day).
import { scan } from '../scan.js';
import type { DayPart, Extractor } from '../types.js';

const DAY_SHIFT: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

const PARTS: Record<string, DayPart> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** "today", "yesterday", "tomorrow" (with "late"/"early" and "the day before yesterday"). */
export const deicticDays: Extractor = (ctx) =>
  scan(ctx, 'deictic', /\b(?:the day (before|after) )?(today|yesterday|tomorrow)\b(?!['’]s\b)/gi, (m) => {
    const word = m[2]!.toLowerCase();
    const extra = m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0;
    return {
      type: 'DATE',
      value: 'XXXX-XX-XX',
      relative: { kind: 'shift', unit: 'day', amount: (DAY_SHIFT[word] ?? 0) + extra, from: 'dct' },
      provenance: 'inferred',
    };
  });

/** "tonight", "this morning", "last night", "yesterday afternoon", "tomorrow evening". */
export const deicticParts: Extractor = (ctx) =>
  scan(
    ctx,
    'day-part',
    /\b(?:(tonight)|(this|last|yesterday|tomorrow|early this|late|late last)\s+(morning|afternoon|evening|night))\b/gi,
    (m) => {
      if (m[1]) return part('NI', 0);
      const which = m[2]!.toLowerCase();
      const p = PARTS[m[3]!.toLowerCase()]!;
      const shiftBy =
        which.startsWith('yesterday') || which.endsWith('last') ? -1 : which === 'tomorrow' ? 1 : 0;
      return part(p, shiftBy);
    },
  );

function part(p: DayPart, shiftBy: number) {
  return {
    type: 'TIME' as const,
    value: 'XXXX-XX-XX',
    relative: { kind: 'dayPart' as const, part: p, shift: shiftBy },
    provenance: 'inferred' as const,
  };
}
