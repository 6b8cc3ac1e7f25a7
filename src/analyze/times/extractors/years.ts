// Years and decades: "1997", "fiscal 1989", "mid-1996", "the 1990s" (199), "the '80s", spoken
// years in transcripts ("nineteen ninety-six"), and "the year" as a stretch of time.
import { parseNumberWords } from '../../numbers/words.js';
import { type Built, scan } from '../scan.js';
import type { Extractor } from '../types.js';

const stated = (value: string): Built => ({ type: 'DATE', value, provenance: 'stated' });

/** Four-digit years 1000–2099 standing alone (not amounts, not parts of larger numbers). */
export const years: Extractor = (ctx) =>
  scan(
    ctx,
    'year',
    /(?<![\d$€£¥#.,:/])(?:(fiscal(?:\s+year)?|the year|FY)\s*)?(1[0-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|\s*(?:%|percent|pct))/gi,
    (m) => {
      const year = Number(m[2]);
      // After a hyphen a year is part of a range or a code ("1990-1996", "S-1500") unless a
      // modifier is fused to it ("mid-1996", "post-1959").
      const before = ctx.text.slice(Math.max(0, m.index - 6), m.index);
      if (before.endsWith('-') && !/(?:mid|post|pre|early|late)-$/i.test(before)) return null;
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

/** The value of one number word ("ninety" → 90); 0 when absent. */
const wordValue = (word: string | undefined): number => (word ? (parseNumberWords(word) ?? 0) : 0);

/** Years spoken as words (transcripts): "nineteen ninety-six", "the year two thousand". */
export const spokenYears: Extractor = (ctx) =>
  scan(
    ctx,
    'spoken-year',
    /\b(?:(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the year )two thousand(?:(?: and)? (one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
    (m) => {
      if (!m[1]) return stated(String(2000 + wordValue(m[4])));
      const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
      return stated(String(century + wordValue(m[2]) + wordValue(m[3])));
    },
  );

/** "the year", "the full year", "the fiscal year": the year as a stretch of time (P1Y). */
export const theYear: Extractor = (ctx) =>
  scan(
    ctx,
    'the-year',
    /\bthe (?:full |entire |whole |fiscal )?year\b(?![- ](?:earlier|ago|before|\d|two))/gi,
    (m) =>
      // "the end of the year", "the first nine months of the year": the calendar year in question.
      /\bof\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))
        ? {
            type: 'DATE',
            value: 'XXXX',
            relative: { kind: 'shift', unit: 'year', amount: 0, from: 'dct' },
            provenance: 'inferred',
          }
        : {
            type: 'DURATION',
            value: 'P1Y',
            provenance: 'stated',
          },
  );
