// Named periods: years ("1997", "fiscal 1989", "the year 2000"), decades ("the 1990s" → 199),
// quarters ("the third quarter", "third-quarter", "the quarter") and seasons ("last fall").
import { SEASONS } from '../calendar.js';
import { type Built, scan } from '../scan.js';
import type { Extractor } from '../types.js';

const stated = (value: string): Built => ({ type: 'DATE', value, provenance: 'stated' });

/** Four-digit years 1000–2099 standing alone (not amounts, not parts of larger numbers). */
export const years: Extractor = (ctx) =>
  scan(
    ctx,
    'year',
    /(?<![\d$€£¥#.,:/-])(?:(fiscal(?:\s+year)?|the year|FY)\s*)?(1[0-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|\s*(?:%|percent|pct))/gi,
    (m) => {
      const year = Number(m[2]);
      // Before 1500 a bare 4-digit number is far more often a count than a year in news text.
      if (!m[1] && year < 1500) return null;
      return stated(m[2]!);
    },
  );

const DECADE_WORDS: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};

/** "the 1990s" → 199, "the '80s" → 198, "the nineties" → 199 (the 20th century when unsaid). */
export const decades: Extractor = (ctx) =>
  scan(
    ctx,
    'decade',
    /\b(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(1\d|20)(\d)0['’]?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
    (m) => {
      if (m[1]) return stated(`${m[1]}${m[2]}`);
      if (m[3]) return stated(`19${m[3]}`);
      const digit = DECADE_WORDS[m[4]!.toLowerCase()];
      // "in his forties" is an age, not a decade.
      if (/\b(?:his|her|their|its|my|your|our)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index)))
        return null;
      return digit ? stated(`19${digit}`) : null;
    },
  );

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
    /\b(?:the\s+)?(?:(1[5-9]\d\d|20\d\d)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b(?:\s+of\s+(?:fiscal\s+)?(1[5-9]\d\d|20\d\d))?/gi,
    (m) => {
      const q = ORDINAL[m[2]!.toLowerCase()]!;
      const year = m[1] ?? m[3];
      if (year) return stated(`${year}-Q${q}`);
      return {
        type: 'DATE',
        value: `XXXX-Q${q}`,
        relative: { kind: 'quarter', quarter: q },
        provenance: 'inferred',
      };
    },
  );

/** "the quarter", "the latest quarter", "the current quarter", "last quarter". */
export const deicticQuarters: Extractor = (ctx) =>
  scan(
    ctx,
    'the-quarter',
    /\b(the|this|last|next|the latest|the last|the current|the most recent|the same)\s+quarter\b/gi,
    (m) => {
      const which = m[1]!.toLowerCase();
      if (which === 'last' || which === 'next' || which === 'this') {
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
        relative: { kind: 'quarter', quarter: null },
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

const TENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** Years spoken as words (transcripts): "nineteen ninety-six", "the year two thousand". */
export const spokenYears: Extractor = (ctx) =>
  scan(
    ctx,
    'spoken-year',
    /\b(?:(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the year )two thousand(?:(?: and)? (one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
    (m) => {
      if (!m[1]) return stated(String(2000 + (ONES[(m[4] ?? '').toLowerCase()] ?? 0)));
      const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
      return stated(
        String(century + (TENS[m[2]!.toLowerCase()] ?? 0) + (ONES[(m[3] ?? '').toLowerCase()] ?? 0)),
      );
    },
  );

/** "the year", "the full year", "the fiscal year": the year as a stretch of time (P1Y). */
export const theYear: Extractor = (ctx) =>
  scan(
    ctx,
    'the-year',
    /\bthe (?:full |entire |whole |fiscal )?year\b(?![- ](?:earlier|ago|before|\d|two))/gi,
    () => ({
      type: 'DURATION',
      value: 'P1Y',
      provenance: 'stated',
    }),
  );
