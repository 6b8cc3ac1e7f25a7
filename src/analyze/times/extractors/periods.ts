// Named periods: quarters ("the third quarter", "third-quarter", "the quarter") and seasons ("last fall").
import { SEASONS } from '../calendar.js';
import { type Built, scan } from '../scan.js';
import type { Extractor } from '../types.js';

const stated = (value: string): Built => ({ type: 'DATE', value, provenance: 'stated' });

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** "the third quarter", "third-quarter", "the fourth quarter of 1989", "the first fiscal quarter". */
export const namedQuarters: Extractor = (ctx) =>
  scan(
    ctx,
    'quarter',
    /\b(?:the\s+)?(?:fiscal[- ])?(?:(1[5-9]\d\d|20\d\d)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b(?:\s+of\s+(?:fiscal\s+)?(1[5-9]\d\d|20\d\d))?/gi,
    (m) => {
      const q = ORDINAL[m[2]!.toLowerCase()]!;
      const year = m[1] ?? m[3];
      // "the third-quarter profit": the article belongs to the noun the adjective qualifies.
      const start = /^the\s+\S+-quarter$/i.test(m[0]) ? m.index + m[0].indexOf(m[2]!) : m.index;
      if (year) return { ...stated(`${year}-Q${q}`), start };
      return {
        start,
        type: 'DATE',
        value: `XXXX-Q${q}`,
        relative: { kind: 'quarter', quarter: q },
        provenance: 'inferred',
      };
    },
  );

/** "the quarter", "the latest quarter", "last quarter"; in a report on quarters, "the latest period" too. */
export const deicticQuarters: Extractor = (ctx) =>
  scan(
    ctx,
    'the-quarter',
    /\b(the|this|last|next|the latest|the last|the current|the most recent|the same)\s+(?:quarter\b|(?<=(?:latest|recent)\s+)period\b)/gi,
    (m) => {
      const which = m[1]!.toLowerCase();
      if (which === 'last' || which === 'next') {
        const amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        return {
          type: 'DATE',
          value: 'XXXX-QX',
          relative: { kind: 'shift', unit: 'quarter', amount, from: 'dct' },
          provenance: 'inferred',
        };
      }
      return {
        type: 'DATE',
        value: 'XXXX-QX',
        // "this quarter" is the one the report is about, or else the current one.
        relative: { kind: 'quarter', quarter: null, ...(which === 'this' ? { current: true } : {}) },
        provenance: 'inferred',
      };
    },
  );

/** "last fall", "this summer", "the winter of 1997", "spring 2020". Bare "fall" is too often a verb. */
export const seasons: Extractor = (ctx) =>
  scan(
    ctx,
    'season',
    /\b(?:(this|last|next|the|early|late|in the|in)\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(1[5-9]\d\d|20\d\d))?/gi,
    (m) => {
      const code = SEASONS[m[2]!.toLowerCase()]!;
      const which = (m[1] ?? '').toLowerCase();
      if (m[3])
        return {
          ...stated(`${m[3]}-${code}`),
          start: which.startsWith('in') ? m.index + m[0].indexOf(m[2]!) : m.index,
        };
      if (
        !which ||
        (m[2]!.toLowerCase() === 'fall' && (which === 'in' || which === 'late' || which === 'early'))
      )
        return null;
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : which === 'this' ? 2 : 0;
      const start = which.startsWith('in') ? m.index + m[0].indexOf(m[2]!) : m.index;
      return {
        start,
        type: 'DATE',
        value: `XXXX-${code}`,
        relative: { kind: 'season', season: code, shift },
        provenance: 'inferred',
      };
    },
  );
